/**
 * The launch decisions of the demo catalogue, template by audience, as the scaffolder's checks
 * made them before maas-backend held the launch policy: `[]` is a launch that goes through,
 * otherwise the codes of every reason it is refused for. Both doors (a scaffolder task and
 * `POST /api/maas/campaigns`) must keep deciding the same; the scaffolder stops at its first
 * failing step, the API names every reason.
 */
export const launchDecisions: Record<string, Record<string, string[]>> = {
  'email-nurture-journey': {
    'repeat-buyers': [],
    'app-push-engaged': ['experiment-underpowered'],
    'win-back-sms': ['experiment-underpowered'],
    'cart-abandoners-web': [
      'audience-not-certified',
      'consent-purposes-not-carried',
      'experiment-underpowered',
    ],
    'newsletter-subscribers': ['audience-not-certified'],
  },
  'paid-social-prospecting': {
    'repeat-buyers': [],
    'app-push-engaged': [
      'consent-purposes-not-carried',
      'experiment-underpowered',
    ],
    'win-back-sms': ['experiment-underpowered'],
    'cart-abandoners-web': [
      'audience-not-certified',
      'consent-purposes-not-carried',
      'experiment-underpowered',
    ],
    'newsletter-subscribers': ['audience-not-certified'],
  },
  'landing-page-ab-test': {
    'repeat-buyers': [
      'consent-purposes-not-carried',
      'consent-purposes-not-carried',
    ],
    'app-push-engaged': [],
    'win-back-sms': [
      'consent-purposes-not-carried',
      'consent-purposes-not-carried',
      'experiment-underpowered',
    ],
    'cart-abandoners-web': [
      'audience-not-certified',
      'consent-purposes-not-carried',
      'experiment-underpowered',
    ],
    'newsletter-subscribers': [
      'audience-not-certified',
      'consent-purposes-not-carried',
    ],
  },
  'sms-win-back': {
    'repeat-buyers': [],
    'app-push-engaged': [],
    'win-back-sms': [],
    'cart-abandoners-web': [
      'consent-purposes-not-carried',
      'experiment-underpowered',
    ],
    'newsletter-subscribers': [],
  },
};

/** The channel each template launches on in the demo. */
export const launchChannels: Record<string, string> = {
  'email-nurture-journey': 'martechtool:default/braze-engagement',
  'paid-social-prospecting': 'martechtool:default/meta-ads',
  'landing-page-ab-test': 'martechtool:default/optimizely-web',
  'sms-win-back': 'martechtool:default/attentive',
};

/** The demo audiences whose certification is requested, among those above. */
export const certifiedAudiences = [
  'repeat-buyers',
  'app-push-engaged',
  'win-back-sms',
];
