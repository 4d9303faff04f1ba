import type { Locale } from '@opinion/contracts';
import type { DownstreamName } from '../../application/ports/downstream';

const SERVICE: Record<DownstreamName, Record<Locale, string>> = {
  intake: { 'zh-CN': '报送服务', en: 'The submission service' },
  triage: { 'zh-CN': '研判服务', en: 'The triage service' },
};

/** What a person reads when a service behind the gateway is down (503). */
export const unavailableMessage = (service: DownstreamName, locale: Locale): string =>
  locale === 'en'
    ? `${SERVICE[service].en} is unavailable; please try again later`
    : `${SERVICE[service]['zh-CN']}暂时无法访问，请稍后重试`;

/** What a person reads when a service answered something it never answers (502). */
export const badAnswerMessage = (service: DownstreamName, locale: Locale): string =>
  locale === 'en'
    ? `${SERVICE[service].en} answered unexpectedly; please try again later`
    : `${SERVICE[service]['zh-CN']}返回了无法识别的应答，请稍后重试`;
