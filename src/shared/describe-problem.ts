// Problem → a sentence a person understands, for decoding, key and signature problems. Other wording lives beside
// its feature (features/*/describe-*.ts: JWE, discovery, findings) and in features/verdict (the verdict line).
import type { JsonKind, Problem, Segment } from '../core/shared';
import type { MessagesOf } from '../i18n/catalogue';
import { problemsWordingMessages } from '../i18n/en/problems-wording';
import { describeKeyProblem } from './describe-keys';
import { messageName, wordByCode } from './word-by-code';

type Words = MessagesOf<typeof problemsWordingMessages>;

const segmentName = (segment: Segment, t: Words): string => t[messageName(segment, '', 'seg')];

const jsonMemberText = (
  reason: Extract<Problem, { code: 'json-serialization' }>['reason'],
  m: string,
  t: Words,
) => t[messageName(reason, '', 'jsonMember')]({ member: m });

const jsonKind = (kind: JsonKind, t: Words): string => t[messageName(kind, '', 'kind')] ?? kind;

/**
 * Describes one decoding problem; other modules' problems are described by their own files in describe/.
 * `t` is the current language's wording (a component passes `useMessages(problemsWordingMessages)`).
 */
export function describeDecodeProblem(
  problem: Problem,
  t: Words = problemsWordingMessages.get(),
): string | undefined {
  switch (problem.code) {
    case 'json-serialization':
      return (
        problem.serialization === 'general' ? t.jsonSerializationGeneral : t.jsonSerializationFlattened
      )({
        what: jsonMemberText(problem.reason, `"${problem.member}"`, t),
      });
    case 'segment-empty':
      return t.segmentEmpty({ segment: segmentName(problem.segment, t) });
    case 'segment-not-base64url':
      return t.segmentNotBase64url({
        segment: segmentName(problem.segment, t),
        character: JSON.stringify(problem.character),
        position: problem.index + 1,
      });
    case 'segment-bad-length':
      return t.segmentBadLength({ segment: segmentName(problem.segment, t) });
    case 'segment-not-utf8':
      return t.segmentNotUtf8({ segment: segmentName(problem.segment, t) });
    case 'segment-not-json':
      return t.segmentNotJson({ segment: segmentName(problem.segment, t), detail: problem.detail });
    case 'segment-too-deep':
      return t.segmentTooDeep({ segment: segmentName(problem.segment, t), limit: problem.limit });
    case 'segment-not-object':
      return t.segmentNotObject({
        segment: segmentName(problem.segment, t),
        found: jsonKind(problem.found, t),
      });
    case 'payload-not-claims':
      if (problem.reason === 'unencoded') return t.payloadUnencoded;
      return problem.reason === 'not-utf8' ? t.payloadBinary : t.payloadText;
    case 'empty-token':
    case 'not-a-token':
    case 'wrong-part-count':
    case 'header-missing-alg':
    case 'header-alg-not-string':
    case 'header-missing-enc':
    case 'unsecured-with-signature':
    case 'payload-detached':
      return wordByCode(problem, t);
    default:
      return undefined;
  }
}

/**
 * Describes decoding, key and signature problems, falling back to its code so a message is never empty.
 * JWE and discovery panels describe their own problems (features/jwe/describe-jwe.ts, features/discovery/describe-discovery.ts) first: they load lazily.
 */
export function describeProblem(problem: Problem, t: Words = problemsWordingMessages.get()): string {
  return (
    describeDecodeProblem(problem, t) ??
    describeKeyProblem(problem) ??
    t.unknownProblem({ code: problem.code })
  );
}
