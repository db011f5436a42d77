/**
 * The options of the plugin's searchable, paged tables. One constant rather than a literal per
 * render: the table compares its props by identity, and a new options object on every render
 * (a row click, a download) would reset what the user typed into its search box.
 */
export const pagedSearchableTable = {
  paging: true,
  pageSize: 10,
  search: true,
};
