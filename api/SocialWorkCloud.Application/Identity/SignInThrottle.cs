using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SocialWorkCloud.Application.Identity;

public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";
    /// <summary>Wrong passwords for one account name before each further attempt waits (1 s, 2 s, 4 s … <see cref="MaxDelaySeconds"/>).</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;
    /// <summary>Wrong passwords from one address (any account names) before its attempts wait: higher, since an office shares one address.</summary>
    public int FreeFailuresPerAddress { get; set; } = 50;
    /// <summary>The first wait; each further failure doubles it.</summary>
    public double BaseDelaySeconds { get; set; } = 1;
    public int MaxDelaySeconds { get; set; } = 900;
    /// <summary>Failed and refused attempts on one account after which its owner is e-mailed (once per <see cref="FailureMemoryMinutes"/>).</summary>
    public int AlertAfterAttempts { get; set; } = 10;
    /// <summary>How long failures are remembered after the last one.</summary>
    public int FailureMemoryMinutes { get; set; } = 60;
}

/// <summary>
/// Slows password guessing instead of locking accounts (a lockout lets anyone lock out a known user): after a few
/// wrong passwords for an account name, or many from one address, each attempt must wait twice as long as the
/// last. It is keyed by the name typed, not the account, so an unknown name behaves exactly like a known one.
/// Kept per replica (in memory); the address's fixed limit (RateLimits:AuthPerMinute) is shared through Redis.
/// </summary>
public sealed class SignInThrottle(IMemoryCache cache, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private sealed class Record
    {
        public int Failures;
        public int Refused;
        public DateTimeOffset NextAllowedAt;
        public bool Alerted;
    }

    private SignInThrottleOptions O => options.Value;
    private static string AccountKey(string email) => "signin:account:" + email.Trim().ToUpperInvariant();
    private static string AddressKey(string? address) => "signin:address:" + (address ?? "unknown");

    /// <summary>How long the caller must still wait (null: go ahead). A refused attempt counts toward the owner's alert.</summary>
    public TimeSpan? WaitFor(string email, string? address)
    {
        var now = clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var key in new[] { AccountKey(email), AddressKey(address) })
        {
            if (cache.Get<Record>(key) is not { } record || record.NextAllowedAt <= now) continue;
            lock (record) record.Refused++;
            var left = record.NextAllowedAt - now;
            if (wait is null || left > wait) wait = left;
        }
        return wait;
    }

    /// <summary>Records a wrong password; true when the account's owner should now be told it is under attack.</summary>
    public bool Failed(string email, string? address)
    {
        Bump(AddressKey(address), O.FreeFailuresPerAddress);
        var account = Bump(AccountKey(email), O.FreeFailuresPerAccount);
        lock (account)
        {
            if (account.Alerted || account.Failures + account.Refused < O.AlertAfterAttempts) return false;
            account.Alerted = true;
            return true;
        }
    }

    /// <summary>True when the account has seen enough failed and refused attempts that its owner should be told (once).</summary>
    public bool ShouldAlert(string email)
    {
        if (cache.Get<Record>(AccountKey(email)) is not { } account) return false;
        lock (account)
        {
            if (account.Alerted || account.Failures + account.Refused < O.AlertAfterAttempts) return false;
            account.Alerted = true;
            return true;
        }
    }

    public void Succeeded(string email) => cache.Remove(AccountKey(email));

    private Record Bump(string key, int free)
    {
        var record = cache.GetOrCreate(key, e => new Record())!;
        lock (record)
        {
            record.Failures++;
            if (record.Failures >= free)
            {
                var seconds = Math.Min(O.MaxDelaySeconds, O.BaseDelaySeconds * Math.Pow(2, Math.Min(30, record.Failures - free)));
                record.NextAllowedAt = clock.GetUtcNow().AddSeconds(seconds);
            }
        }
        cache.Set(key, record, TimeSpan.FromMinutes(O.FailureMemoryMinutes));
        return record;
    }
}
