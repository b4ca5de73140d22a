using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// A plain A4 document written top to bottom (receipts, public reports), in DejaVu Sans so Vietnamese
/// renders everywhere (Debian's fonts-dejavu-core; the scripts install it).
/// </summary>
internal sealed class PdfSheet : IDisposable
{
    private const double Margin = 50;
    private readonly PdfDocument _document = new();
    private readonly XFont _regular;
    private readonly XFont _bold;
    private readonly XFont _title;
    private PdfPage _page = null!;
    private XGraphics _graphics = null!;
    private double _y;

    public PdfSheet(string title)
    {
        PdfLicensing.EnsureLicensed();
        DejaVuFonts.EnsureRegistered();
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        _regular = new XFont(DejaVuFonts.Family, 10, XFontStyleEx.Regular, options);
        _bold = new XFont(DejaVuFonts.Family, 10, XFontStyleEx.Bold, options);
        _title = new XFont(DejaVuFonts.Family, 15, XFontStyleEx.Bold, options);
        _document.Info.Title = title;
        NewPage();
    }

    private double Width => _page.Width.Point - 2 * Margin;

    public static string Vnd(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đ";

    public PdfSheet Title(string text)
    {
        Ensure(24);
        _graphics.DrawString(text, _title, XBrushes.Black, new XRect(Margin, _y, Width, 20), XStringFormats.TopCenter);
        _y += 26;
        return this;
    }

    public PdfSheet Centered(string text, bool bold = false)
    {
        Ensure(14);
        _graphics.DrawString(text, bold ? _bold : _regular, XBrushes.Black, new XRect(Margin, _y, Width, 14), XStringFormats.TopCenter);
        _y += 15;
        return this;
    }

    public PdfSheet Line(string text, bool bold = false)
    {
        foreach (var part in Wrap(text, bold ? _bold : _regular, Width))
        {
            Ensure(14);
            _graphics.DrawString(part, bold ? _bold : _regular, XBrushes.Black, new XRect(Margin, _y, Width, 14), XStringFormats.TopLeft);
            _y += 14;
        }
        return this;
    }

    public PdfSheet Gap(double points = 8)
    {
        _y += points;
        return this;
    }

    /// <summary>A table row; widths are fractions of the line. Long cells are cut to fit.</summary>
    public PdfSheet Row(double[] widths, string[] cells, bool bold = false)
    {
        Ensure(14);
        var font = bold ? _bold : _regular;
        var x = Margin;
        for (var i = 0; i < cells.Length; i++)
        {
            var w = widths[i] * Width;
            _graphics.DrawString(Fit(cells[i], font, w - 4), font, XBrushes.Black, new XRect(x, _y, w - 4, 14), XStringFormats.TopLeft);
            x += w;
        }
        _y += 14;
        if (bold) _graphics.DrawLine(XPens.Gray, Margin, _y, Margin + Width, _y);
        _y += bold ? 3 : 0;
        return this;
    }

    public byte[] ToBytes()
    {
        _graphics.Dispose();
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    private void Ensure(double height)
    {
        if (_y + height > _page.Height.Point - Margin)
        {
            _graphics.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private string Fit(string text, XFont font, double width)
    {
        if (_graphics.MeasureString(text, font).Width <= width) return text;
        while (text.Length > 1 && _graphics.MeasureString(text + "…", font).Width > width) text = text[..^1];
        return text + "…";
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
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

/// <summary>
/// PDFsharp 6.5 makes the program choose its licence: the AGPL (which would bind the whole SaaS to
/// publish its source) or a purchased key. The operator decides in <c>Documents:PdfLicense</c> ("AGPL" or the
/// key); without one, PDF downloads answer 422 and the portal prints its HTML receipt instead.
/// </summary>
public static class PdfLicensing
{
    public static bool IsLicensed { get; private set; }

    public static void Use(string? license)
    {
        if (string.IsNullOrWhiteSpace(license)) return;
        if (license.Equals("AGPL", StringComparison.OrdinalIgnoreCase)) PdfSharp.PdfSharpLicense.SetAgplLicense();
        else PdfSharp.PdfSharpLicense.LoadLicense(license);
        IsLicensed = true;
    }

    internal static void EnsureLicensed()
    {
        if (!IsLicensed)
        {
            throw new Common.Exceptions.BusinessRuleException("pdf-not-licensed",
                "Máy chủ chưa được cấu hình giấy phép tạo PDF; hãy dùng bản in từ trình duyệt. / PDF output is not licensed on this server: print the page from the browser instead.");
        }
    }
}

/// <summary>Serves DejaVu Sans to PDFsharp from the system's font folder (PDFsharp has no font discovery on Linux).</summary>
internal sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private static readonly Lock Gate = new();
    private static bool _registered;

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/Library/Fonts", @"C:\Windows\Fonts",
    ];

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered) return;
            GlobalFontSettings.FontResolver ??= new DejaVuFonts();
            _registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        throw new InvalidOperationException($"Font {faceName}.ttf not found: install fonts-dejavu-core (apt-get install fonts-dejavu-core).");
    }
}
