using System.Globalization;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.UnitTests.Features.Audit;

/// <summary>The canonical content and hash of chained rows: fixed formatting, whatever the database or the culture gives back.</summary>
public sealed class HashChainTests
{
    private static AuditEntry Entry(DateTimeOffset at, string? detail = "merged") => new()
    {
        Id = Guid.Parse("11111111-1111-1111-1111-111111111111"), FacilityId = Guid.Parse("22222222-2222-2222-2222-222222222222"), At = at,
        Action = "client.view-identifiers", EntityType = "Client", EntityId = Guid.Parse("33333333-3333-3333-3333-333333333333"), Detail = detail,
    };

    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(7)).AddTicks(1_234_567);

    [Fact]
    public void Canonical_content_and_hash_are_pinned()
    {
        var entry = Entry(At);
        HashChain.Canonical(entry).ShouldBe(
            """["audit-entry/1","11111111-1111-1111-1111-111111111111","22222222-2222-2222-2222-222222222222","2026-01-01T20:04:05.123Z",null,"client.view-identifiers","Client","33333333-3333-3333-3333-333333333333","merged"]""");
        // SHA-256 of 64 zeros, a line feed and the content above, computed outside .NET.
        HashChain.HashOf(HashChain.Genesis, entry).ShouldBe("f6434021e377d8f49bd26963ee27bd65fdf4332c84ae0a636fbd8bb12e66a5bb");
    }

    [Fact]
    public void The_same_instant_hashes_alike_in_any_offset_and_below_the_millisecond()
    {
        // PostgreSQL gives instants back in UTC to the microsecond, SQLite with their offset to 0.1 ms.
        var utcMicro = new DateTimeOffset(At.UtcDateTime.Ticks - At.UtcDateTime.Ticks % 10, TimeSpan.Zero);
        var sqlite = new DateTimeOffset(At.Ticks - At.Ticks % 1000, At.Offset);
        HashChain.HashOf(HashChain.Genesis, Entry(utcMicro)).ShouldBe(HashChain.HashOf(HashChain.Genesis, Entry(At)));
        HashChain.HashOf(HashChain.Genesis, Entry(sqlite)).ShouldBe(HashChain.HashOf(HashChain.Genesis, Entry(At)));
        HashChain.HashOf(HashChain.Genesis, Entry(At.AddMilliseconds(1))).ShouldNotBe(HashChain.HashOf(HashChain.Genesis, Entry(At)));
    }

    [Fact]
    public void Normalising_truncates_to_the_millisecond_in_utc()
    {
        var entry = Entry(At);
        HashChain.Normalise(entry);
        entry.At.Offset.ShouldBe(TimeSpan.Zero);
        (entry.At.Ticks % TimeSpan.TicksPerMillisecond).ShouldBe(0);
        entry.At.ShouldBe(new DateTimeOffset(2026, 1, 1, 20, 4, 5, 123, TimeSpan.Zero));
    }

    [Fact]
    public void Culture_does_not_change_the_content()
    {
        var ledger = new LedgerEntry
        {
            Id = Guid.NewGuid(), FacilityId = Guid.NewGuid(), CampaignId = Guid.NewGuid(), Kind = EntryKind.CashReceipt, EntryDate = new DateOnly(2026, 3, 4),
            Amount = 1_234_567_890, Method = PaymentMethod.BankTransfer, RecipientName = "Nguyễn Văn Ấn", RecordedAt = At, ReceiptYear = 2026, ReceiptNumber = 12,
        };
        var previous = CultureInfo.CurrentCulture;
        string invariant, vietnamese;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = HashChain.Canonical(ledger);
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            vietnamese = HashChain.Canonical(ledger);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        vietnamese.ShouldBe(invariant);
        invariant.ShouldContain("\"1234567890\"");
        invariant.ShouldContain("\"2026-03-04\"");
        invariant.ShouldContain(ledger.Id.ToString("D"));
    }

    [Fact]
    public void Every_field_and_the_previous_hash_are_sealed()
    {
        var sealedHash = HashChain.HashOf(HashChain.Genesis, Entry(At));
        HashChain.HashOf(HashChain.Genesis, Entry(At, "merged ")).ShouldNotBe(sealedHash);
        HashChain.HashOf(HashChain.Genesis, Entry(At, null)).ShouldNotBe(sealedHash);
        HashChain.HashOf(HashChain.Genesis, Entry(At, "")).ShouldNotBe(HashChain.HashOf(HashChain.Genesis, Entry(At, null)));
        var other = Entry(At);
        other.UserId = Guid.NewGuid();
        HashChain.HashOf(HashChain.Genesis, other).ShouldNotBe(sealedHash);
        HashChain.HashOf(new string('1', 64), Entry(At)).ShouldNotBe(sealedHash);
        // The same content in the platform's chain is another kind of row: another hash.
        var platform = new PlatformAuditEntry { Id = Entry(At).Id, At = At, Action = "client.view-identifiers", EntityType = "Client", EntityId = Entry(At).EntityId, Detail = "merged" };
        HashChain.HashOf(HashChain.Genesis, platform).ShouldNotBe(sealedHash);
    }
}
