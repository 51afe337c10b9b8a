// Small helpers shared by the bench modules: quantiles and the units the table prints.
export function quantile(xs, q) {
  const v = xs.filter((x) => Number.isFinite(x));
  if (v.length === 0) return NaN;
  const s = [...v].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
export const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x));
  if (v.length === 0) return NaN;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
export const ms1 = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
export const kb = (x) => (Number.isFinite(x) ? `${Math.round(x / 1024).toLocaleString('en')} KB` : 'n/a');
