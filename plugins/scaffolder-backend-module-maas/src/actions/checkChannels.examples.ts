import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Check that the chosen email channel is active and not being retired',
    example: yaml.stringify({
      steps: [
        {
          id: 'channels',
          action: 'maas:channels:check',
          name: 'Check channels',
          input: {
            channels: ['${{ parameters.channel }}'],
            capabilities: ['email-sending'],
          },
        },
      ],
    }),
  },
];
