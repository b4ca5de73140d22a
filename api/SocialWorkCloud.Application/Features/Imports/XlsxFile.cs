using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using SocialWorkCloud.Application.Common.Exceptions;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>One row of the first worksheet: its Excel row number and its cells by column (0 = A), as text.</summary>
public sealed record XlsxRow(int Number, string?[] Cells)
{
    public string? this[int column] => column < Cells.Length ? Cells[column] : null;

    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Reads the first worksheet of an uploaded .xlsx as a stream of rows (memory stays flat: only the shared
/// strings are held), after refusing what must not be opened: a file of 20 MB or more, anything that is not an
/// xlsx zip, a password-protected workbook (an encrypted OOXML file is an OLE container), a zip bomb (declared
/// uncompressed size and ratio checked before any entry is inflated, and inflation capped while reading), and
/// formula cells (refused where they are met: their values are whatever the last Excel computed).
/// </summary>
public sealed class XlsxFile : IDisposable
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    /// <summary>All entries together, inflated; a 20 MB workbook of plain text rows stays well below.</summary>
    public const long MaxInflatedBytes = 512L * 1024 * 1024;
    /// <summary>Ordinary sheet XML compresses 5–30×; a bomb compresses thousands of times.</summary>
    public const double MaxRatio = 200;

    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly List<string> _sharedStrings = [];
    private readonly string _sheetPath;

    private XlsxFile(ZipArchive zip, string sheetPath)
    {
        _zip = zip;
        _sheetPath = sheetPath;
    }

    /// <summary>Checks the container and opens it; throws a 422 with the refusal's code.</summary>
    public static XlsxFile Open(Stream content)
    {
        if (content.Length >= MaxFileBytes) throw new BusinessRuleException("import-file-too-large", MaxFileBytes / (1024 * 1024));
        var head = new byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read >= 8 && head.AsSpan().SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            // An encrypted xlsx is an OLE compound file with an "EncryptionInfo" stream; any other OLE file is a legacy .xls.
            throw new BusinessRuleException(ContainsUtf16(content, "EncryptionInfo") ? "import-password-protected" : "import-not-xlsx");
        }
        if (read < 4 || head[0] != (byte)'P' || head[1] != (byte)'K' || head[2] != 3 || head[3] != 4)
        {
            throw new BusinessRuleException("import-not-xlsx");
        }
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new BusinessRuleException("import-not-xlsx");
        }
        try
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : double.PositiveInfinity) : (double)entry.Length / entry.CompressedLength;
                if (total > MaxInflatedBytes || (entry.Length > 1024 * 1024 && ratio > MaxRatio))
                {
                    throw new BusinessRuleException("import-zip-bomb");
                }
            }
            var sheet = FirstSheetPath(zip) ?? throw new BusinessRuleException("import-not-xlsx");
            var file = new XlsxFile(zip, sheet);
            file.ReadSharedStrings();
            return file;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            zip.Dispose();
            throw new BusinessRuleException("import-not-xlsx");
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private (Stream Stream, long Length)? _sheet;

    /// <summary>How much of the worksheet <see cref="Rows"/> has read so far (0–100; its inflated size is in the zip's directory).</summary>
    public int PercentRead => _sheet is { Length: > 0 } sheet ? (int)Math.Min(100, sheet.Stream.Position * 100 / sheet.Length) : 0;

    /// <summary>The rows of the first worksheet in order (header included); a formula cell stops the reading with a 422.</summary>
    public IEnumerable<XlsxRow> Rows()
    {
        var entry = _zip.GetEntry(_sheetPath) ?? throw new BusinessRuleException("import-not-xlsx");
        using var stream = new InflationLimit(entry.Open(), MaxInflatedBytes);
        _sheet = (stream, entry.Length);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        var cells = new List<string?>();
        var rowNumber = 0;
        while (Read(xml))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNs || xml.LocalName != "row") continue;
            rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
            cells.Clear();
            if (xml.IsEmptyElement)
            {
                yield return new XlsxRow(rowNumber, []);
                continue;
            }
            var rowDepth = xml.Depth;
            while (Read(xml) && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == rowDepth))
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
                var reference = xml.GetAttribute("r");
                var type = xml.GetAttribute("t");
                var column = reference is null ? cells.Count : ColumnIndex(reference);
                string? value = null;
                if (!xml.IsEmptyElement)
                {
                    var cellDepth = xml.Depth;
                    while (Read(xml) && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth))
                    {
                        if (xml.NodeType != XmlNodeType.Element) continue;
                        switch (xml.LocalName)
                        {
                            case "f":
                                throw new BusinessRuleException("import-formula-cells", reference ?? $"#{rowNumber}");
                            case "v":
                                value = xml.ReadElementContentAsString();
                                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth) goto cellDone;
                                break;
                            case "is":
                                value = InlineText(xml);
                                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth) goto cellDone;
                                break;
                        }
                    }
                }
                cellDone:
                if (type == "s" && value is not null)
                {
                    value = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                        ? _sharedStrings[index] : null;
                }
                else if (type == "b")
                {
                    value = value == "1" ? "TRUE" : "FALSE";
                }
                while (cells.Count <= column) cells.Add(null);
                cells[column] = value;
            }
            yield return new XlsxRow(rowNumber, cells.ToArray());
        }
    }

    public void Dispose() => _zip.Dispose();

    private static bool Read(XmlReader xml)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException)
        {
            throw new BusinessRuleException("import-not-xlsx");
        }
    }

    /// <summary>The text of an inline string (&lt;is&gt;, runs joined); leaves the reader on its end element.</summary>
    private static string InlineText(XmlReader xml)
    {
        var depth = xml.Depth;
        var text = new StringBuilder();
        while (Read(xml) && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && !xml.IsEmptyElement)
            {
                text.Append(xml.ReadElementContentAsString());
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) break;
            }
        }
        return text.ToString();
    }

    private void ReadSharedStrings()
    {
        var entry = _zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null) return;
        using var stream = new InflationLimit(entry.Open(), MaxInflatedBytes);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (Read(xml))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                _sharedStrings.Add(xml.IsEmptyElement ? string.Empty : InlineText(xml));
            }
        }
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        var workbook = zip.GetEntry("xl/workbook.xml");
        if (workbook is null) return null;
        string? relationId = null;
        using (var xml = XmlReader.Create(new InflationLimit(workbook.Open(), MaxInflatedBytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (Read(xml))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    relationId = xml.GetAttribute("id", RelNs);
                    break;
                }
            }
        }
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (relationId is not null && rels is not null)
        {
            using var xml = XmlReader.Create(new InflationLimit(rels.Open(), MaxInflatedBytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (Read(xml))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == relationId)
                {
                    var target = xml.GetAttribute("Target") ?? string.Empty;
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }
        return zip.GetEntry("xl/worksheets/sheet1.xml") is null ? null : "xl/worksheets/sheet1.xml";
    }

    /// <summary>"C12" → 2.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            index = index * 26 + (ch - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }

    /// <summary>0 → "A", 27 → "AB".</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        index++;
        while (index > 0)
        {
            var rest = (index - 1) % 26;
            name = (char)('A' + rest) + name;
            index = (index - rest - 1) / 26;
        }
        return name;
    }

    private static bool ContainsUtf16(Stream content, string marker)
    {
        var needle = Encoding.Unicode.GetBytes(marker);
        content.Position = 0;
        var buffer = new byte[Math.Min(content.Length, 4 * 1024 * 1024)];
        var n = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        return buffer.AsSpan(0, n).IndexOf(needle) >= 0;
    }

    /// <summary>Stops inflating past a limit, whatever the zip's directory declared.</summary>
    private sealed class InflationLimit(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n;
            try
            {
                n = inner.Read(buffer, offset, count);
            }
            catch (InvalidDataException)
            {
                throw new BusinessRuleException("import-not-xlsx");
            }
            _read += n;
            if (_read > limit) throw new BusinessRuleException("import-zip-bomb");
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
