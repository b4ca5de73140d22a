using System.IO.Compression;
using System.Text;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>The text of an exported file, to search it like a JSON body.</summary>
internal static class Documents
{
    /// <summary>Every XML part of a workbook (cells, shared strings) as one text.</summary>
    public static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var part in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(part.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    /// <summary>The letters of every page of a PDF.</summary>
    public static string PdfText(byte[] bytes)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
    }
}
