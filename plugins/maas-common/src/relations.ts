/**
 * Relations the MaaS kinds create, each with its reverse. Ownership reuses Backstage's own
 * `ownedBy` / `ownerOf` for both the marketing owner and the IT owner, so both count in the
 * catalogue's "Owned" filter, owner column and is-entity-owner permission rule; the IT side is
 * told apart by `technicalOwnedBy` / `technicalOwnerOf`. Tool dependencies reuse Backstage's
 * `dependsOn` / `dependencyOf`.
 */

/** The IT-side owner of a MaaS entity (`spec.technicalOwner`). @public */
export const RELATION_TECHNICAL_OWNED_BY = 'technicalOwnedBy';
/** Reverse of {@link RELATION_TECHNICAL_OWNED_BY}. @public */
export const RELATION_TECHNICAL_OWNER_OF = 'technicalOwnerOf';

/** A martech tool is provided by its vendor (`MartechTool.spec.vendor`). @public */
export const RELATION_PROVIDED_BY = 'providedBy';
/** Reverse of {@link RELATION_PROVIDED_BY}: a vendor provides the tool. @public */
export const RELATION_PROVIDES = 'provides';

/**
 * A tool is replaced by another (`MartechTool.spec.replacedBy`), a deprecated glossary term by
 * the term to use instead (`GlossaryTerm.spec.replacedBy`).
 *
 * @public
 */
export const RELATION_REPLACED_BY = 'replacedBy';
/** Reverse of {@link RELATION_REPLACED_BY}. @public */
export const RELATION_REPLACES = 'replaces';

/** A data product is produced by a tool (`DataProduct.spec.sourceTools`). @public */
export const RELATION_PRODUCED_BY = 'producedBy';
/** Reverse of {@link RELATION_PRODUCED_BY}. @public */
export const RELATION_PRODUCES = 'produces';

/** An audience is derived from a data product (`Audience.spec.sourceDataProducts`). @public */
export const RELATION_DERIVED_FROM = 'derivedFrom';
/** Reverse of {@link RELATION_DERIVED_FROM}: a data product feeds the audience. @public */
export const RELATION_FEEDS = 'feeds';

/** An audience is activated in a tool (`Audience.spec.destinations`). @public */
export const RELATION_ACTIVATED_IN = 'activatedIn';
/** Reverse of {@link RELATION_ACTIVATED_IN}. @public */
export const RELATION_ACTIVATES = 'activates';

/** A campaign targets an audience (`Campaign.spec.audience`). @public */
export const RELATION_TARGETS = 'targets';
/** Reverse of {@link RELATION_TARGETS}. @public */
export const RELATION_TARGETED_BY = 'targetedBy';

/** A campaign runs on a channel tool (`Campaign.spec.channels`). @public */
export const RELATION_RUNS_ON = 'runsOn';
/** Reverse of {@link RELATION_RUNS_ON}. @public */
export const RELATION_RUNS = 'runs';

/** A campaign is an instance of a campaign template (`Campaign.spec.template`). @public */
export const RELATION_INSTANCE_OF = 'instanceOf';
/** Reverse of {@link RELATION_INSTANCE_OF}. @public */
export const RELATION_HAS_INSTANCE = 'hasInstance';

/** A glossary term's number is computed by an entity (`GlossaryTerm.spec.implementedBy`). @public */
export const RELATION_IMPLEMENTED_BY = 'implementedBy';
/** Reverse of {@link RELATION_IMPLEMENTED_BY}: the entity implements the term. @public */
export const RELATION_IMPLEMENTS = 'implements';
