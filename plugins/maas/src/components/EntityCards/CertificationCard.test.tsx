import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AudienceCertification } from '@maas/plugin-maas-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { maasEntity } from '../../__testUtils__/entities';
import { renderTab } from '../../__testUtils__/renderTab';
import { CertificationCard } from './CertificationCard';

const audience = maasEntity('Audience', 'repeat-buyers', {
  owner: 'group:crm',
  technicalOwner: 'group:data-platform',
  definition: 'x',
  sourceDataProducts: [],
  certified: true,
});

const incomplete: AudienceCertification = {
  audienceRef: 'audience:default/repeat-buyers',
  state: 'incomplete',
  certified: false,
  requested: true,
  fingerprint: 'f',
  keys: {
    it: {
      role: 'it',
      certifiedBy: 'user:default/raj.patel',
      group: 'group:default/data-platform',
      certifiedAt: '2026-11-20T09:00:00.000Z',
      expiresAt: '2027-05-19T09:00:00.000Z',
      current: true,
    },
  },
  reasons: ['the marketing key (a member of group:default/crm) is missing'],
  canCertify: ['marketing'],
  history: [],
};

const certified: AudienceCertification = {
  ...incomplete,
  state: 'certified',
  certified: true,
  expiresAt: '2027-05-19T09:00:00.000Z',
  reasons: [],
  canCertify: [],
  keys: {
    ...incomplete.keys,
    marketing: {
      role: 'marketing',
      certifiedBy: 'user:default/ines.garcia',
      group: 'group:default/crm',
      certifiedAt: '2026-12-01T09:00:00.000Z',
      expiresAt: '2027-05-30T09:00:00.000Z',
      current: true,
    },
  },
};

describe('CertificationCard', () => {
  it('shows both keys, why it is not certified, and lets the key holder certify', async () => {
    let answer = incomplete;
    const certifyAudience = jest.fn(async () => {
      answer = certified;
      return certified;
    });
    await renderTab(
      <EntityProvider entity={audience}>
        <CertificationCard />
      </EntityProvider>,
      { maas: { getCertification: async () => answer, certifyAudience } },
    );
    expect(
      await screen.findByText('Certification incomplete'),
    ).toBeInTheDocument();
    expect(screen.getByText('not turned')).toBeInTheDocument();
    expect(
      screen.getByText(
        'user:default/raj.patel (group:default/data-platform) on 2026-11-20, valid until 2027-05-19',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'the marketing key (a member of group:default/crm) is missing',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Certify as IT' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Certify as marketing' }),
    );
    expect(certifyAudience).toHaveBeenCalledWith(
      'audience:default/repeat-buyers',
      'marketing',
    );
    expect(
      await screen.findByText('Certified until 2027-05-19'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when a change voided the keys', async () => {
    await renderTab(
      <EntityProvider entity={audience}>
        <CertificationCard />
      </EntityProvider>,
      {
        maas: {
          getCertification: async () => ({
            ...certified,
            state: 'voided',
            certified: false,
            expiresAt: undefined,
            keys: {
              it: { ...certified.keys.it!, current: false },
            },
            reasons: [
              'the IT key given by user:default/raj.patel on 2026-11-20 was voided by a change to the consent purposes of dataproduct:default/crm',
            ],
          }),
        },
      },
    );
    expect(
      await screen.findByText('Certification voided by a change'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'user:default/raj.patel (group:default/data-platform) on 2026-11-20, voided: the audience changed since',
      ),
    ).toBeInTheDocument();
  });
});
