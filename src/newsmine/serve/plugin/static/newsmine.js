// newsmine: a table's column descriptions fold away under one line, and show as each column
// heading's tooltip, so the data comes first.
document.addEventListener("DOMContentLoaded", () => {
  const list = document.querySelector("dl.column-descriptions");
  if (!list) return;
  list.querySelectorAll("dt").forEach((dt) => {
    const heading = document.querySelector(`th.col-${CSS.escape(dt.textContent.trim())}`);
    const dd = dt.nextElementSibling;
    if (heading && dd) heading.title = dd.textContent.trim();
  });
  const details = document.createElement("details");
  details.className = "newsmine-columns";
  const summary = document.createElement("summary");
  summary.textContent = "Các cột nghĩa là gì / What the columns mean";
  list.replaceWith(details);
  details.append(summary, list);
});
