// A table's <thead>: one column header cell per label, as every table of the panels writes it.

/** The header row of a table whose columns are named by `labels`, in order. */
export function ColumnHeads({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          // The columns never move: their position is their identity.
          <th key={i} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
