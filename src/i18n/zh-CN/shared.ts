// 共享控件的中文消息。
import type { TranslationOf } from '../catalogue';
import type { sharedMessages } from '../en/shared';

export const shared: TranslationOf<typeof sharedMessages> = {
  outOfRange: '超出范围',
};
