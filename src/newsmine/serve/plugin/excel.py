"""The `.excel` link on every table, view and query page: its rows (every page of them, in
pages of `_size` rows, filters and search kept) as CSV that Excel opens right: UTF-8 with a byte-order mark, ids as text,
dates as Excel reads them (`newsmine.export.for_excel`)."""

import csv
import io

from datasette.utils.asgi import Response

from ...export import for_excel

MAX_PAGES = 200  # of up to 1,000 rows each; `newsmine export` is the tool for everything


async def render_excel(datasette, request, data, columns):
    """All the rows the page shows, following Datasette's pages, as one CSV file."""
    path = request.path.rsplit(".", 1)[0] + ".json"
    params = [(k, v) for k in request.args if k not in ("_next", "_shape")
              for v in request.args.getlist(k)]
    params += [("_shape", "objects")] + ([] if request.args.get("_size") else [("_size", "max")])
    out = io.StringIO()
    out.write("\ufeff")  # the byte-order mark tells Excel the file is UTF-8
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    next_token = None
    for _ in range(MAX_PAGES):
        response = await datasette.client.get(
            path, params=params + ([("_next", next_token)] if next_token else []))
        if response.status_code != 200:
            return Response.text(f"export failed: {response.text[:200]}", status=response.status_code)
        page = response.json()
        for row in page["rows"]:
            writer.writerow(for_excel(row).values())
        next_token = page.get("next")
        if not next_token:
            break
    name = data.get("table") or data.get("query_name") or "newsmine"
    return Response(out.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}.csv"'})
