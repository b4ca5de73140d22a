using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SocialWorkCloud.Application.Common.Documents;

/// <summary>
/// A plain A4 document written top to bottom (receipts, public reports, periodic reports). Built with
/// PdfPig (Apache-2.0) rather than PDFsharp 6.5, whose AGPL would bind the whole SaaS to publish its
/// source. Text is set in DejaVu Sans, embedded, so Vietnamese renders in every reader.
/// </summary>
public sealed class PdfSheet : IDisposable
{
    private const double Margin = 50;
    private const double BodySize = 10;
    private const double TitleSize = 15;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page = null!;
    private double _y;

    public PdfSheet(string title)
    {
        _regular = _builder.AddTrueTypeFont(DejaVuFonts.Regular);
        _bold = _builder.AddTrueTypeFont(DejaVuFonts.Bold);
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Producer = "SocialWorkCloud";
        NewPage();
    }

    // A4 in points.
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Width = PageWidth - 2 * Margin;

    public static string Vnd(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đ";

    public PdfSheet Title(string text)
    {
        Ensure(24);
        Write(text, _bold, TitleSize, Margin + (Width - Measure(text, _bold, TitleSize)) / 2, 20);
        _y += 26;
        return this;
    }

    public PdfSheet Centered(string text, bool bold = false)
    {
        Ensure(14);
        var font = bold ? _bold : _regular;
        Write(text, font, BodySize, Margin + (Width - Measure(text, font, BodySize)) / 2, 14);
        _y += 15;
        return this;
    }

    public PdfSheet Line(string text, bool bold = false)
    {
        var font = bold ? _bold : _regular;
        foreach (var part in Wrap(text, font, Width))
        {
            Ensure(14);
            Write(part, font, BodySize, Margin, 14);
            _y += 14;
        }
        return this;
    }

    /// <summary>
    /// Two blocks side by side, each line centred in its column: the heading of a Vietnamese administrative
    /// document (the governing body and unit on the left, the national motto on the right) and its signature block.
    /// </summary>
    public PdfSheet Columns(IReadOnlyList<(string Text, bool Bold)> left, IReadOnlyList<(string Text, bool Bold)> right, double leftShare = 0.42)
    {
        var leftWidth = Width * leftShare;
        // A long name wraps inside its column rather than running into the other.
        left = Wrapped(left, leftWidth - 4);
        right = Wrapped(right, Width - leftWidth - 4);
        var rows = Math.Max(left.Count, right.Count);
        Ensure(14 * Math.Min(rows, 4));
        for (var i = 0; i < rows; i++)
        {
            Ensure(14);
            if (i < left.Count) Centre(left[i], Margin, leftWidth);
            if (i < right.Count) Centre(right[i], Margin + leftWidth, Width - leftWidth);
            _y += 14;
        }
        return this;
    }

    /// <summary>Text with line breaks: each line wrapped to the width.</summary>
    public PdfSheet Paragraphs(string text)
    {
        foreach (var line in text.Replace("\r", "", StringComparison.Ordinal).Split('\n')) Line(line);
        return this;
    }

    private List<(string Text, bool Bold)> Wrapped(IReadOnlyList<(string Text, bool Bold)> lines, double width) =>
        lines.SelectMany(l => Wrap(l.Text, l.Bold ? _bold : _regular, width).Select(part => (part, l.Bold))).ToList();

    private void Centre((string Text, bool Bold) line, double x, double width)
    {
        var font = line.Bold ? _bold : _regular;
        var text = Fit(line.Text, font, width - 4);
        Write(text, font, BodySize, x + (width - Measure(text, font, BodySize)) / 2, 14);
    }

    public PdfSheet Gap(double points = 8)
    {
        _y += points;
        return this;
    }

    /// <summary>
    /// A table row; widths are fractions of the line. A long cell wraps onto more lines (the row grows) rather
    /// than being cut: a public disclosure must show every donor and recipient whole.
    /// </summary>
    public PdfSheet Row(double[] widths, string[] cells, bool bold = false)
    {
        var font = bold ? _bold : _regular;
        var lines = cells.Select((cell, i) => WrapCell(cell, font, widths[i] * Width - 4)).ToList();
        var height = 12 * lines.Max(l => l.Count) + 2;
        Ensure(height);
        var x = Margin;
        for (var i = 0; i < cells.Length; i++)
        {
            var y = _y;
            foreach (var part in lines[i])
            {
                Write(part, font, BodySize, x, 14);
                _y += 12;
            }
            _y = y;
            x += widths[i] * Width;
        }
        _y += height;
        if (bold)
        {
            _page.DrawLine(new PdfPoint(Margin, PageHeight - _y), new PdfPoint(Margin + Width, PageHeight - _y), 0.5);
            _y += 3;
        }
        return this;
    }

    /// <summary>
    /// A square of dark modules (a QR code's matrix, quiet zone included) drawn as filled squares at the left margin:
    /// vector, so it prints sharp at any size and needs no image decoder.
    /// </summary>
    public PdfSheet Modules(IReadOnlyList<System.Collections.BitArray> rows, double size)
    {
        Ensure(size + 4);
        var module = size / rows.Count;
        var top = PageHeight - _y;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c]) _page.DrawRectangle(new PdfPoint(Margin + c * module, top - (r + 1) * module), module, module, 0, fill: true);
            }
        }
        _y += size + 4;
        return this;
    }

    /// <summary>Words wrapped to the width; a word wider than the column (an account number, a long name) is split by letters.</summary>
    private List<string> WrapCell(string text, PdfDocumentBuilder.AddedFont font, double width)
    {
        var result = new List<string>();
        foreach (var part in Wrap(text, font, width))
        {
            var rest = part;
            while (rest.Length > 1 && Measure(rest, font, BodySize) > width)
            {
                var take = rest.Length - 1;
                while (take > 1 && Measure(rest[..take], font, BodySize) > width) take--;
                result.Add(rest[..take]);
                rest = rest[take..];
            }
            result.Add(rest);
        }
        return result;
    }

    public byte[] ToBytes() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    /// <summary>Writes one line whose box starts at the cursor; PDF's origin is bottom-left, the cursor counts from the top.</summary>
    private void Write(string text, PdfDocumentBuilder.AddedFont font, double size, double x, double lineHeight)
    {
        if (text.Length == 0) return;
        var baseline = PageHeight - _y - lineHeight + (lineHeight - size) / 2 + size * 0.2;
        _page.AddText(text, size, new PdfPoint(x, baseline), font);
    }

    private double Measure(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        if (text.Length == 0) return 0;
        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private void Ensure(double height)
    {
        if (_y + height > PageHeight - Margin) NewPage();
    }

    private void NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _y = Margin;
    }

    private string Fit(string text, PdfDocumentBuilder.AddedFont font, double width)
    {
        if (Measure(text, font, BodySize) <= width) return text;
        while (text.Length > 1 && Measure(text + "…", font, BodySize) > width) text = text[..^1];
        return text + "…";
    }

    private IEnumerable<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, font, BodySize) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        yield return line;
    }
}

/// <summary>DejaVu Sans from the system's font folders (Debian's fonts-dejavu-core; the scripts and the image install it).</summary>
internal static class DejaVuFonts
{
    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/Library/Fonts", @"C:\Windows\Fonts",
    ];

    private static readonly Lazy<byte[]> RegularFace = new(() => Load("DejaVuSans"));
    private static readonly Lazy<byte[]> BoldFace = new(() => Load("DejaVuSans-Bold"));

    public static byte[] Regular => RegularFace.Value;
    public static byte[] Bold => BoldFace.Value;

    private static byte[] Load(string face)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, face + ".ttf");
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        throw new InvalidOperationException($"Font {face}.ttf not found: install fonts-dejavu-core (apt-get install fonts-dejavu-core).");
    }
}
