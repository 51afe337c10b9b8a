// The Simplified Chinese catalogue: one file per namespace, loaded as one chunk when zh-CN is chosen.
import { app } from './app';
import { shared } from './shared';

export const zhCN = {
  app,
  shared,
};
