/** z for a two-sided test at α = 0.05: the 97.5th percentile of the standard normal. */
export const Z_ALPHA = 1.959964;
/** z for a power of 0.8: the 80th percentile of the standard normal. */
export const Z_BETA = 0.841621;
