using System.Globalization;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>A column of an import template: the Vietnamese header the file must carry, and the drop-down choices.</summary>
public sealed record ImportField(string Header, bool Required, double Width = 18, IReadOnlyList<string>? Choices = null);

/// <summary>One problem of an uploaded file: the Excel row and column, the column's header, a stable code and its text in the caller's language.</summary>
public sealed record ImportProblem(int Row, string Column, string Header, string Code, string Message);

/// <summary>A template: its columns, in order, and the example row (skipped when left unchanged in an upload).</summary>
public sealed record ImportTemplate(string SheetName, IReadOnlyList<ImportField> Fields, IReadOnlyList<string> Example);

/// <summary>
/// The rows of an upload as a template sees them: checks the header row against the template (wrong template → 422),
/// skips empty rows and the unchanged example row, and reads cells as typed values, collecting problems per cell.
/// </summary>
public sealed class ImportSheet(ImportTemplate template)
{
    /// <summary>A file with more rows is refused: a province's data fits many times over, and the check stays under a minute.</summary>
    public const int MaxRows = 100_000;

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>The data rows (header checked first).</summary>
    public IEnumerable<XlsxRow> DataRows(XlsxFile file)
    {
        var headerSeen = false;
        var count = 0;
        foreach (var row in file.Rows())
        {
            if (!headerSeen)
            {
                if (row.IsEmpty) continue;
                CheckHeader(row);
                headerSeen = true;
                continue;
            }
            if (row.IsEmpty || IsExample(row)) continue;
            if (++count > MaxRows) throw new BusinessRuleException("import-too-many-rows", MaxRows);
            yield return row;
        }
        if (!headerSeen) throw new BusinessRuleException("import-wrong-template", "A", template.Fields[0].Header);
    }

    private void CheckHeader(XlsxRow row)
    {
        for (var i = 0; i < template.Fields.Count; i++)
        {
            // Optional columns added to a template later (the hospital level) may be missing at the end of an older file.
            if (Enumerable.Range(i, template.Fields.Count - i).All(j => !template.Fields[j].Required && string.IsNullOrWhiteSpace(row[j]))) break;
            // The template marks required columns with " *"; a header typed without it is the same column.
            if (VietnameseText.Fold(row[i]?.TrimEnd('*', ' ')) != VietnameseText.Fold(template.Fields[i].Header))
            {
                throw new BusinessRuleException("import-wrong-template", XlsxFile.ColumnName(i), template.Fields[i].Header);
            }
        }
    }

    private bool IsExample(XlsxRow row)
    {
        for (var i = 0; i < template.Example.Count; i++)
        {
            if ((row[i]?.Trim() ?? string.Empty) != template.Example[i]) return false;
        }
        return true;
    }

    public void Add(XlsxRow row, int column, string code, params object?[] args) => Add(row.Number, column, code, args);

    public void Add(int row, int column, string code, params object?[] args) =>
        Problems.Add(new ImportProblem(row, XlsxFile.ColumnName(column), template.Fields[column].Header, code, TextCatalog.Get(code, args)));

    /// <summary>Trimmed text, null when blank; a missing required value or one longer than <paramref name="max"/> is a problem.</summary>
    public string? Text(XlsxRow row, int column, int max)
    {
        var value = row[column]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (template.Fields[column].Required) Add(row, column, "import-required");
            return null;
        }
        if (value.Length > max)
        {
            Add(row, column, "import-too-long", max);
            return null;
        }
        return value;
    }

    public int? Integer(XlsxRow row, int column, int min, int max)
    {
        var text = Text(row, column, 20);
        if (text is null) return null;
        if (!decimal.TryParse(text.Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
        {
            Add(row, column, "import-not-a-whole-number");
            return null;
        }
        if (number < min || number > max)
        {
            Add(row, column, "import-out-of-range", min, max);
            return null;
        }
        return (int)number;
    }

    /// <summary>A date as Excel stores it (a serial number) or typed as dd/mm/yyyy (or yyyy-mm-dd).</summary>
    public DateOnly? Date(XlsxRow row, int column)
    {
        var text = Text(row, column, 30);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }
        string[] formats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-ddTHH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateOnly.FromDateTime(date);
        }
        Add(row, column, "import-not-a-date");
        return null;
    }

    /// <summary>One of the column's choices, compared without accents or case.</summary>
    public T? Choice<T>(XlsxRow row, int column, IReadOnlyDictionary<string, T> byFoldedLabel) where T : struct
    {
        var text = Text(row, column, 200);
        if (text is null) return null;
        if (byFoldedLabel.TryGetValue(VietnameseText.Fold(text), out var value)) return value;
        Add(row, column, "import-not-a-choice", text);
        return null;
    }

    /// <summary>A phone number with its spaces and dots taken out: digits, an optional leading +, 8 to 15 of them.</summary>
    public string? Phone(XlsxRow row, int column)
    {
        var text = Text(row, column, 32)?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        if (text is null) return null;
        var digits = text.StartsWith('+') ? text[1..] : text;
        if (digits.Length is < 8 or > 15 || !digits.All(char.IsAsciiDigit))
        {
            Add(row, column, "import-phone-invalid");
            return null;
        }
        return text;
    }

    /// <summary>An e-mail address, lower-cased; one without a local part, an @ and a dotted domain is a problem.</summary>
    public string? Email(XlsxRow row, int column)
    {
        var text = Text(row, column, 256)?.ToLowerInvariant();
        if (text is null) return null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 1 || at != text.LastIndexOf('@') || !text[(at + 1)..].Contains('.', StringComparison.Ordinal) || text.EndsWith('.') || text.Any(char.IsWhiteSpace))
        {
            Add(row, column, "import-email-invalid", text);
            return null;
        }
        return text;
    }

    /// <summary>Có/Không (yes/no), blank is <paramref name="blank"/>.</summary>
    public bool YesNo(XlsxRow row, int column, bool blank)
    {
        var value = Choice(row, column, YesNoLabels);
        return value ?? blank;
    }

    public static readonly IReadOnlyList<string> YesNoChoices = ["Có", "Không"];

    private static readonly IReadOnlyDictionary<string, bool> YesNoLabels =
        Labels<bool>([("Có", true), ("Không", false), ("x", true), ("Yes", true), ("No", false)]);

    public static IReadOnlyDictionary<string, T> Labels<T>(IEnumerable<(string Label, T Value)> labels) =>
        labels.ToDictionary(l => VietnameseText.Fold(l.Label), l => l.Value);
}
