import { auth, catalog, context, fakeMaas } from '../__testUtils__/actionFakes';
import { createCheckConsentAction } from './checkConsent';

const freshCompliance = {
  dataProducts: [
    {
      ref: 'dataproduct:default/crm',
      currentFreshnessHours: 6,
      freshness: { target: 24 },
    },
    {
      ref: 'dataproduct:default/web',
      currentFreshnessHours: 1,
      freshness: { target: 2 },
    },
  ],
};

describe('maas:audience:check-consent', () => {
  // Certified as maas-backend records it: both keys for one, none for the other.
  const certifications = {
    'GET /audiences/default/repeat-buyers/certification': { certified: true },
    'GET /audiences/default/cart-abandoners/certification': {
      certified: false,
      reasons: ['the marketing key (a member of group:default/crm) is missing'],
    },
  };
  const { maas } = fakeMaas({
    'GET /data-products/compliance': freshCompliance,
    ...certifications,
  });
  const action = createCheckConsentAction({ catalog, maas, auth });

  it('passes an audience whose sources carry the purposes, and outputs its size', async () => {
    const ctx = context({
      audience: 'audience:repeat-buyers',
      requiredPurposes: [1, 5, 6],
      requireCertified: true,
      checkFreshness: true,
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'audience',
      'audience:default/repeat-buyers',
    );
    expect(ctx.output).toHaveBeenCalledWith('estimatedSize', 412000);
  });

  it('fails with the consent message when a source lacks a required purpose', async () => {
    await expect(
      action.handler(
        context({
          audience: 'cart-abandoners',
          requiredPurposes: [1, 5, 6],
          requireCertified: false,
          checkFreshness: true,
        }),
      ),
    ).rejects.toThrow(
      'Audience "Web cart abandoners" cannot be used for this campaign: the template requires TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content), which its source dataproduct:default/web does not carry',
    );
  });

  it('fails an uncertified audience where the template demands one', async () => {
    await expect(
      action.handler(
        context({
          audience: 'cart-abandoners',
          requiredPurposes: [1],
          requireCertified: true,
          checkFreshness: false,
        }),
      ),
    ).rejects.toThrow(
      'the template requires a certified audience, and this one is not certified: the marketing key (a member of group:default/crm) is missing',
    );
  });

  it('fails when a source breaches its freshness SLA', async () => {
    const stale = fakeMaas({
      ...certifications,
      'GET /data-products/compliance': {
        dataProducts: [
          {
            ref: 'dataproduct:default/crm',
            currentFreshnessHours: 40,
            freshness: { target: 24 },
          },
        ],
      },
    });
    await expect(
      createCheckConsentAction({ catalog, maas: stale.maas, auth }).handler(
        context({
          audience: 'repeat-buyers',
          requiredPurposes: [1],
          requireCertified: true,
          checkFreshness: true,
        }),
      ),
    ).rejects.toThrow(
      'its source dataproduct:default/crm breaches its freshness SLA: the data is 40 h old, the SLA says 24 h',
    );
  });

  it('fails for an audience the catalogue does not have', async () => {
    await expect(
      action.handler(context({ audience: 'nobody', requiredPurposes: [] })),
    ).rejects.toThrow(
      'Audience audience:default/nobody is not in the catalogue',
    );
  });
});
