using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Common.Auditing;

/// <summary>
/// The hash chains' arithmetic: which chain a row belongs to, its canonical content and its hash. The canonical
/// content is a JSON array of the row's stored fields in a fixed order, each written the same way whatever the
/// database gave back: Guids lower-case "D", instants in UTC to the millisecond (SQLite keeps 0.1 ms, PostgreSQL
/// 1 µs: rows are truncated to the millisecond before they are sealed), dates ISO, enums as their numbers,
/// decimals without trailing zeros. Changing it needs a new version tag (the first element).
/// </summary>
public static class HashChain
{
    /// <summary>The "previous hash" of a chain's first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public const string PlatformAuditChain = "audit/platform";

    public static string AuditChain(Guid facilityId) => "audit/" + facilityId.ToString("N");

    public static string LedgerChain(Guid facilityId) => "ledger/" + facilityId.ToString("N");

    /// <summary>The chain a row is sealed into (its facility must be set).</summary>
    public static string ChainOf(IHashChained row) => row switch
    {
        AuditEntry a => AuditChain(a.FacilityId),
        PlatformAuditEntry => PlatformAuditChain,
        LedgerEntry l => LedgerChain(l.FacilityId),
        _ => throw new NotSupportedException($"{row.GetType().Name} has no hash chain."),
    };

    /// <summary>SHA-256 (lower-case hex) of the previous row's hash, a line feed, and the row's canonical content.</summary>
    public static string HashOf(string previousHash, IHashChained row) => Sha256(previousHash + "\n" + Canonical(row));

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Truncates the row's instants to the millisecond, so what is stored is exactly what is hashed on every database.</summary>
    public static void Normalise(IHashChained row)
    {
        switch (row)
        {
            case AuditEntry a: a.At = Millisecond(a.At); break;
            case PlatformAuditEntry p: p.At = Millisecond(p.At); break;
            case LedgerEntry l: l.RecordedAt = Millisecond(l.RecordedAt); break;
        }
    }

    public static DateTimeOffset Millisecond(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    /// <summary>The row's canonical content (see the class summary).</summary>
    public static string Canonical(IHashChained row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            switch (row)
            {
                case AuditEntry a:
                    Write(json, "audit-entry/1", a.Id, a.FacilityId, a.At, a.UserId, a.Action, a.EntityType, a.EntityId, a.Detail);
                    break;
                case PlatformAuditEntry p:
                    Write(json, "platform-audit-entry/1", p.Id, p.At, p.UserId, p.Action, p.EntityType, p.EntityId, p.Detail);
                    break;
                case LedgerEntry l:
                    Write(json, "ledger-entry/1", l.Id, l.FacilityId, l.CampaignId, (int)l.Kind, l.EntryDate, l.ReceiptYear, l.ReceiptNumber, l.Amount,
                        (int?)l.Method, l.Reference, l.DonorId, l.StockLotId, l.Item, l.Unit, l.Quantity, (int?)l.RecipientKind, l.RecipientName,
                        l.RecipientBirthYear, l.RecipientCommune, l.ClientId, l.CaseId, l.DepartmentName, l.GroupCount, l.GroupList, l.Description,
                        l.NeedsApproval, l.ReversesId, l.ReversalReason, l.RecordedAt, l.RecordedBy, l.RecordedFromIp);
                    break;
                default:
                    throw new NotSupportedException($"{row.GetType().Name} has no canonical content.");
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, params object?[] values)
    {
        foreach (var value in values)
        {
            switch (value)
            {
                case null: json.WriteNullValue(); break;
                case string s: json.WriteStringValue(s); break;
                case Guid g: json.WriteStringValue(g.ToString("D")); break;
                case DateTimeOffset t: json.WriteStringValue(Millisecond(t).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)); break;
                case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case bool b: json.WriteBooleanValue(b); break;
                case int i: json.WriteStringValue(i.ToString(CultureInfo.InvariantCulture)); break;
                case long n: json.WriteStringValue(n.ToString(CultureInfo.InvariantCulture)); break;
                case decimal m: json.WriteStringValue(m.ToString("0.############################", CultureInfo.InvariantCulture)); break;
                default: throw new NotSupportedException($"No canonical form for {value.GetType().Name}.");
            }
        }
    }
}
