using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Imports;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Imports;

/// <summary>Workbooks as a user would upload them, written with the API's own xlsx writer, and the bad files to refuse.</summary>
public static class ImportWorkbooks
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// What an import into the tenant could write: its province's facilities (with versions), their unit history, its
    /// hospital's clients and audit entries, and (optionally) the import records. Other test classes write into the same
    /// database at the same time, so "nothing was written" is asserted on the tenant's own records.
    /// </summary>
    public static async Task<string> TenantStateAsync(TestWorld world, Tenant tenant, bool withImports = true)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var facilityIds = db.Facilities.Where(f => f.ProvinceId == tenant.ProvinceId).Select(f => f.Id);
        var facilities = await db.Facilities.Where(f => f.ProvinceId == tenant.ProvinceId).Select(f => new { f.Id, f.Version }).ToListAsync();
        var changes = await db.UnitStatusChanges.IgnoreQueryFilters().CountAsync(c => facilityIds.Contains(c.FacilityId));
        var clients = await db.Clients.IgnoreQueryFilters().Where(c => c.FacilityId == tenant.HospitalId).Select(c => new { c.Id, c.Version }).ToListAsync();
        var audits = await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.FacilityId == tenant.HospitalId);
        var imports = withImports ? await db.ImportRecords.CountAsync(r => r.ProvinceId == tenant.ProvinceId || r.FacilityId == tenant.HospitalId) : -1;
        return string.Join(",", facilities.Select(f => $"{f.Id}:{f.Version}").Order()) + "|" + changes + "|"
            + string.Join(",", clients.Select(c => $"{c.Id}:{c.Version}").Order()) + "|" + audits + "|" + imports;
    }

    /// <summary>The template's header row (as downloaded, " *" marks included).</summary>
    public static List<string> Headers(byte[] template)
    {
        using var file = XlsxFile.Open(new MemoryStream(template));
        return file.Rows().First().Cells.Select(c => c ?? string.Empty).ToList();
    }

    public static byte[] Workbook(IReadOnlyList<string> headers, params string?[][] rows) =>
        XlsxWriter.Write("Dữ liệu", headers.Select(h => new XlsxColumn(h, 15)).ToList(), rows.Select(r => (IReadOnlyList<string?>)r));

    /// <summary>The rows of a downloaded workbook (header first).</summary>
    public static List<XlsxRow> Read(byte[] workbook)
    {
        using var file = XlsxFile.Open(new MemoryStream(workbook));
        return file.Rows().ToList();
    }

    public static MultipartFormDataContent Upload(byte[] content, string fileName = "nhap.xlsx", string? decisions = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        form.Add(file, "file", fileName);
        if (decisions is not null) form.Add(new StringContent(decisions), "decisions");
        return form;
    }

    /// <summary>A valid workbook whose first data cell holds a formula.</summary>
    public static byte[] WithFormula(IReadOnlyList<string> headers)
    {
        var bytes = Workbook(headers, ["X"]);
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            xml = xml.Replace("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">X</t></is></c>", "<c r=\"A2\"><f>1+1</f><v>2</v></c>", StringComparison.Ordinal);
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml);
        }
        return buffer.ToArray();
    }

    /// <summary>A zip whose one entry inflates a thousand times (5 MB of zeros): refused from the directory, before inflating.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) writer.Write("<Types/>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write(new byte[5 * 1024 * 1024]);
        }
        return buffer.ToArray();
    }

    /// <summary>What Excel saves when a password is set: an OLE compound file with an EncryptionInfo stream.</summary>
    public static byte[] PasswordProtected()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        return bytes;
    }
}
