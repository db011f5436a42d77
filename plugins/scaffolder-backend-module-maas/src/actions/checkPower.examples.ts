import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Check that a 10 % holdout can detect a 10 % lift on the chosen audience',
    example: yaml.stringify({
      steps: [
        {
          id: 'power',
          action: 'maas:experiment:check-power',
          name: 'Check the experiment',
          input: {
            audienceSize: '${{ steps.consent.output.estimatedSize }}',
            holdoutPct: '${{ parameters.holdoutPct }}',
            baselineConversionPct: 2.5,
            minimumLiftPct: 10,
          },
        },
      ],
    }),
  },
];
