import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Check that a certified audience carries the purposes of an email campaign',
    example: yaml.stringify({
      steps: [
        {
          id: 'consent',
          action: 'maas:audience:check-consent',
          name: 'Check consent',
          input: {
            audience: '${{ parameters.audience }}',
            requiredPurposes: [1, 5, 6],
            requireCertified: true,
          },
        },
      ],
    }),
  },
];
