using System.IO.Compression;
using System.Security;
using System.Text;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>A column of a sheet to write: its header, width, and the choices offered as an Excel drop-down list (if any).</summary>
public sealed record XlsxColumn(string Header, double Width, IReadOnlyList<string>? Choices = null);

/// <summary>
/// Writes a small xlsx by hand (inline strings, a bold frozen header, drop-down lists kept on a hidden sheet):
/// the templates and the workbooks annotated with their problems. Written row by row to the output.
/// </summary>
public static class XlsxWriter
{
    private const string ListsSheet = "Danh mục";

    public static byte[] Write(string sheetName, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var lists = columns.Select((c, i) => (Column: c, Index: i)).Where(x => x.Column.Choices is { Count: > 0 }).ToList();
            Entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """);
            Entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Entry(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{Escape(sheetName)}" sheetId="1" r:id="rId1"/><sheet name="{ListsSheet}" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>
                """);
            Entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """);
            Entry(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf/><xf fontId="1" applyFont="1"/><xf fontId="2" applyFont="1"/></cellXfs></styleSheet>
                """);

            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using (var writer = new StreamWriter(sheet.Open(), new UTF8Encoding(false)))
            {
                writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>""");
                for (var i = 0; i < columns.Count; i++)
                {
                    writer.Write($"""<col min="{i + 1}" max="{i + 1}" width="{columns[i].Width.ToString(System.Globalization.CultureInfo.InvariantCulture)}" customWidth="1"/>""");
                }
                writer.Write("</cols><sheetData>");
                WriteRow(writer, 1, columns.Select(c => (string?)c.Header).ToList(), style: 1);
                var number = 1;
                foreach (var row in rows)
                {
                    WriteRow(writer, ++number, row, style: 0, lastStyle: row.Count > columns.Count - 1 && columns.Count > 0 ? 2 : 0);
                }
                writer.Write("</sheetData>");
                if (lists.Count > 0)
                {
                    writer.Write($"""<dataValidations count="{lists.Count}">""");
                    var listColumn = 0;
                    foreach (var (column, index) in lists)
                    {
                        var letter = XlsxFile.ColumnName(index);
                        var source = $"'{ListsSheet}'!${XlsxFile.ColumnName(listColumn)}$1:${XlsxFile.ColumnName(listColumn)}${column.Choices!.Count}";
                        writer.Write($"""<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="{letter}2:{letter}100000"><formula1>{Escape(source)}</formula1></dataValidation>""");
                        listColumn++;
                    }
                    writer.Write("</dataValidations>");
                }
                writer.Write("</worksheet>");
            }

            var listSheet = zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest);
            using (var writer = new StreamWriter(listSheet.Open(), new UTF8Encoding(false)))
            {
                writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                var height = lists.Count == 0 ? 0 : lists.Max(l => l.Column.Choices!.Count);
                for (var r = 0; r < height; r++)
                {
                    WriteRow(writer, r + 1, lists.Select(l => r < l.Column.Choices!.Count ? l.Column.Choices[r] : null).ToList(), style: 0);
                }
                writer.Write("</sheetData></worksheet>");
            }
        }
        return output.ToArray();
    }

    private static void WriteRow(StreamWriter writer, int number, IReadOnlyList<string?> cells, int style, int lastStyle = 0)
    {
        writer.Write($"<row r=\"{number}\">");
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrEmpty(cells[i])) continue;
            var s = i == cells.Count - 1 && lastStyle != 0 ? lastStyle : style;
            writer.Write($"<c r=\"{XlsxFile.ColumnName(i)}{number}\" t=\"inlineStr\"{(s == 0 ? string.Empty : $" s=\"{s}\"")}><is><t xml:space=\"preserve\">{Escape(cells[i]!)}</t></is></c>");
        }
        writer.Write("</row>");
    }

    private static void Entry(ZipArchive zip, string path, string content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content.Trim());
    }

    private static string Escape(string text) => SecurityElement.Escape(StripControl(text))!;

    /// <summary>XML 1.0 refuses most control characters; a cell never needs them.</summary>
    private static string StripControl(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;
}
