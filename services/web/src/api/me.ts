import { apiGet } from './client';
import type { Me } from './types';

export const me = () => apiGet<Me>('/me');
