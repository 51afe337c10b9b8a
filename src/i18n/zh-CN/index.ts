// The Simplified Chinese catalogue: one file per namespace, loaded as one chunk when zh-CN is chosen.
import { app } from './app';
import { shared } from './shared';
import { token } from './token';

export const zhCN = {
  app,
  shared,
  token,
};
