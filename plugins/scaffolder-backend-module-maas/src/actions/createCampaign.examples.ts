import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Record an email nurture campaign with a 10 % holdout',
    example: yaml.stringify({
      steps: [
        {
          id: 'campaign',
          action: 'maas:campaign:create',
          name: 'Record the campaign',
          input: {
            name: '${{ parameters.name }}',
            audience: '${{ parameters.audience }}',
            channels: ['${{ parameters.channel }}'],
            start: '${{ parameters.start }}',
            end: '${{ parameters.end }}',
            budget: '${{ parameters.budget }}',
            holdoutPct: '${{ parameters.holdoutPct }}',
            minimumDetectableEffectPct:
              '${{ steps.power.output.minimumDetectableEffectPct }}',
            kpis: ['conversion-rate', 'incremental-revenue'],
          },
        },
      ],
    }),
  },
];
