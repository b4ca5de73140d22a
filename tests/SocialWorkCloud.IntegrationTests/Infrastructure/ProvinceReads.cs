using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// What a province officer reads through every GET route of the API (from the endpoint data source, so a new route is
/// read without edits), with the tenant's ids and the given ones in the path: the province read guards and the attacker's
/// re-run look for a unit's unsent content in these answers.
/// </summary>
public static partial class ProvinceReads
{
    /// <summary>A 2xx answer, as text: a PDF's text and a workbook's XML for files.</summary>
    public sealed record Answer(string Url, string Pattern, string Text);

    /// <summary>
    /// Every GET route as <paramref name="officer"/>, ids filled with the tenant's and <paramref name="extraIds"/> (any other id
    /// tried with each of <paramref name="drafts"/>), exports in both formats; asserts no answer is a 5xx.
    /// </summary>
    public static async Task<List<Answer>> EveryGetAsync(
        ApiFactory factory, Tenant tenant, HttpClient officer, IReadOnlyDictionary<string, Guid> extraIds, Guid[] drafts, int quarter)
    {
        var today = VietnamClock.Today();
        var iso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ids = new Dictionary<string, Guid>(extraIds, StringComparer.Ordinal) { ["provinceId"] = tenant.ProvinceId, ["facilityId"] = tenant.HospitalId };
        var query = $"?asOf={iso}&year={today.Year}&kind=Quarter&number={quarter}&from={today.Year}-01-01&to={iso}&pageSize=100&trend=true"
            + $"&provinceId={tenant.ProvinceId}&facilityId={tenant.HospitalId}";
        var answers = new List<Answer>();
        foreach (var route in ApiSurface.Routes(factory).Where(r => r.Method == "GET").OrderBy(r => r.Pattern, StringComparer.Ordinal))
        {
            foreach (var url in Urls(route.Pattern, ids, drafts))
            {
                foreach (var format in route.Pattern.EndsWith("/export", StringComparison.Ordinal) ? new[] { "&format=Pdf", "&format=Xlsx" } : [""])
                {
                    using var response = await officer.GetAsync(url + query + format);
                    ((int)response.StatusCode).ShouldBeLessThan(500, url);
                    if (!response.IsSuccessStatusCode) continue;
                    var type = response.Content.Headers.ContentType?.MediaType ?? "";
                    var bytes = await response.Content.ReadAsByteArrayAsync();
                    var text = type == "application/pdf" ? Documents.PdfText(bytes)
                        : type.Contains("spreadsheet", StringComparison.Ordinal) ? Documents.XlsxText(bytes)
                        : System.Text.Encoding.UTF8.GetString(bytes);
                    answers.Add(new Answer(url + format, route.Pattern + format, text));
                }
            }
        }
        return answers;
    }

    /// <summary>The route's URLs: each known id filled in; any other id tried with each of <paramref name="drafts"/>.</summary>
    public static IEnumerable<string> Urls(string pattern, IReadOnlyDictionary<string, Guid> ids, Guid[] drafts)
    {
        var unknown = Parameter().Matches(pattern).Select(m => m.Groups[1].Value).Where(p => !ids.ContainsKey(p)).Distinct().ToList();
        string Fill(string p, Func<string, Guid> id) => Parameter().Replace(p, m => id(m.Groups[1].Value).ToString());
        if (unknown.Count == 0)
        {
            yield return Fill(pattern, p => ids[p]);
            yield break;
        }
        foreach (var draft in drafts) yield return Fill(pattern, p => ids.TryGetValue(p, out var known) ? known : draft);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
