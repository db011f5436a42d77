import type { Entity } from '@backstage/catalog-model';

/** The TCF purposes a template's campaigns need from every source, e.g. `1,5,6`. @public */
export const ANNOTATION_REQUIRED_PURPOSES = 'maas.dev/required-purposes';
/** `'true'` when a template's campaigns may only target a certified audience. @public */
export const ANNOTATION_REQUIRES_CERTIFIED_AUDIENCE =
  'maas.dev/requires-certified-audience';
/** Capabilities a channel must serve, any one of them, e.g. `email-sending,sms-messaging`. @public */
export const ANNOTATION_CHANNEL_CAPABILITIES = 'maas.dev/channel-capabilities';
/** ISO 8601 duration from a launch to going live, e.g. `P2D`. @public */
export const ANNOTATION_LAUNCH_SLA = 'maas.dev/launch-sla';
/**
 * `on-launch`: a launch goes live at once, through the same policy; otherwise a campaign is
 * created as a draft and its owner team takes it live.
 *
 * @public
 */
export const ANNOTATION_GO_LIVE = 'maas.dev/go-live';

/** The MaaS scaffolder actions whose inputs say what a template requires. @public */
export const maasActionIds = {
  checkConsent: 'maas:audience:check-consent',
  checkChannels: 'maas:channels:check',
  checkPower: 'maas:experiment:check-power',
  createCampaign: 'maas:campaign:create',
} as const;

/** A number the experiment step takes: fixed by the template, or the form's default. @public */
export interface TemplateNumber {
  /** Set by the template itself: a campaign cannot choose another. */
  fixed?: number;
  /** What the form proposes when the campaign says nothing. */
  default: number;
}

/** What a campaign template asks of the campaigns launched from it. @public */
export interface TemplateRequirements {
  /** `spec.type: campaign`. */
  isCampaignTemplate: boolean;
  requiredPurposes: number[];
  requiresCertifiedAudience: boolean;
  /** Any one of them will do; none listed, none needed. */
  channelCapabilities: string[];
  /** Whether the sources must meet their freshness SLA (the consent step's `checkFreshness`). */
  checkFreshness: boolean;
  launchSla?: string;
  goLive: 'on-launch' | 'by-owner';
  /** What the experiment step checks, when the template has one. */
  power?: {
    variants: number;
    minimumLiftPct: TemplateNumber;
    baselineConversionPct: TemplateNumber;
  };
  /** Sentences about annotations or step inputs that cannot be read: the template is broken. */
  invalid: string[];
}

type Step = { action?: unknown; input?: Record<string, unknown> };

function steps(template: Entity): Step[] {
  const list = (template.spec as { steps?: unknown } | undefined)?.steps;
  return Array.isArray(list)
    ? list.filter((s): s is Step => typeof s === 'object' && s !== null)
    : [];
}

function stepInput(template: Entity, action: string) {
  return steps(template).find(s => s.action === action)?.input;
}

/** The form's parameters by name (v1beta3 `parameters` is one object or a list of pages). */
function parameters(template: Entity): Record<string, Record<string, unknown>> {
  const raw = (template.spec as { parameters?: unknown } | undefined)
    ?.parameters;
  const pages = Array.isArray(raw) ? raw : [raw];
  const found: Record<string, Record<string, unknown>> = {};
  for (const page of pages) {
    const properties = (page as { properties?: unknown } | undefined)
      ?.properties;
    if (typeof properties === 'object' && properties !== null) {
      Object.assign(found, properties);
    }
  }
  return found;
}

const PARAMETER_REF = /^\$\{\{\s*parameters\.([A-Za-z0-9_]+)\s*\}\}$/;

/** A number input of a step: a literal is fixed; `${{ parameters.x }}` takes x's default. */
function numberInput(
  template: Entity,
  value: unknown,
  fallback: number,
): TemplateNumber {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return { fixed: value, default: value };
  }
  const ref = typeof value === 'string' ? PARAMETER_REF.exec(value) : null;
  const byDefault = ref ? parameters(template)[ref[1]]?.default : undefined;
  return {
    default:
      typeof byDefault === 'number' && Number.isFinite(byDefault)
        ? byDefault
        : fallback,
  };
}

function csv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
}

/**
 * Reads what a campaign template requires, from its `maas.dev/*` annotations and, where an
 * annotation is absent, from the literal inputs of its MaaS steps. The annotations are the
 * contract maas-backend holds every campaign to; the steps give the person launching early
 * feedback. A value that cannot be read is listed in `invalid` rather than ignored, so a
 * mistyped requirement refuses launches instead of silently asking for less.
 *
 * @public
 */
export function templateRequirements(template: Entity): TemplateRequirements {
  const annotations = template.metadata.annotations ?? {};
  const invalid: string[] = [];
  const consent = stepInput(template, maasActionIds.checkConsent) ?? {};
  const channels = stepInput(template, maasActionIds.checkChannels) ?? {};
  const power = stepInput(template, maasActionIds.checkPower);

  let requiredPurposes: number[] = Array.isArray(consent.requiredPurposes)
    ? consent.requiredPurposes.filter((p): p is number => Number.isInteger(p))
    : [];
  if (annotations[ANNOTATION_REQUIRED_PURPOSES] !== undefined) {
    const tokens = csv(annotations[ANNOTATION_REQUIRED_PURPOSES]);
    const purpose = /^(?:[1-9]|1[01])$/;
    requiredPurposes = tokens.filter(t => purpose.test(t)).map(Number);
    if (tokens.some(t => !purpose.test(t))) {
      invalid.push(
        `${ANNOTATION_REQUIRED_PURPOSES} must list TCF purposes 1 to 11, got "${annotations[ANNOTATION_REQUIRED_PURPOSES]}"`,
      );
    }
  }

  let requiresCertifiedAudience = consent.requireCertified === true;
  const certified = annotations[ANNOTATION_REQUIRES_CERTIFIED_AUDIENCE];
  if (certified !== undefined) {
    requiresCertifiedAudience = certified !== 'false';
    if (certified !== 'true' && certified !== 'false') {
      invalid.push(
        `${ANNOTATION_REQUIRES_CERTIFIED_AUDIENCE} must be "true" or "false", got "${certified}"`,
      );
    }
  }

  const goLive = annotations[ANNOTATION_GO_LIVE];
  if (goLive !== undefined && goLive !== 'on-launch' && goLive !== 'by-owner') {
    invalid.push(
      `${ANNOTATION_GO_LIVE} must be "on-launch" or "by-owner", got "${goLive}"`,
    );
  }

  const capabilities =
    annotations[ANNOTATION_CHANNEL_CAPABILITIES] !== undefined
      ? csv(annotations[ANNOTATION_CHANNEL_CAPABILITIES])
      : (Array.isArray(channels.capabilities) ? channels.capabilities : [])
          .filter((c): c is string => typeof c === 'string')
          .filter(Boolean);

  return {
    isCampaignTemplate:
      template.kind.toLocaleLowerCase('en-US') === 'template' &&
      (template.spec as { type?: unknown } | undefined)?.type === 'campaign',
    requiredPurposes,
    requiresCertifiedAudience,
    channelCapabilities: capabilities,
    checkFreshness: consent.checkFreshness !== false,
    ...(annotations[ANNOTATION_LAUNCH_SLA]
      ? { launchSla: annotations[ANNOTATION_LAUNCH_SLA] }
      : {}),
    goLive: goLive === 'on-launch' ? 'on-launch' : 'by-owner',
    ...(power
      ? {
          power: {
            variants: numberInput(template, power.variants, 1).default,
            minimumLiftPct: numberInput(template, power.minimumLiftPct, 10),
            baselineConversionPct: numberInput(
              template,
              power.baselineConversionPct,
              2,
            ),
          },
        }
      : {}),
    invalid,
  };
}
