/**
 * The options of the plugin's searchable, paged tables. One constant rather than a literal per
 * render: the table compares its props by identity, and a new options object on every render
 * (a row click, a download) would reset what the user typed into its search box.
 */
export const pagedSearchableTable = {
  paging: true,
  pageSize: 10,
  search: true,
  // Draggable columns wrap each header's sort button in a drag handle that is a button too:
  // nested controls, which screen readers and keyboards cannot tell apart.
  draggable: false,
};
