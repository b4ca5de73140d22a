using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.UnitTests.Features.Auth;

public class SignInThrottleTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();

    private SignInThrottle Throttle(int perAccount = 5, int perAddress = 50, int alert = 10) => new(
        new MemoryCache(new MemoryCacheOptions()),
        Options.Create(new SignInThrottleOptions { FreeFailuresPerAccount = perAccount, FreeFailuresPerAddress = perAddress, AlertAfterAttempts = alert, MaxDelaySeconds = 900 }),
        _clock);

    [Fact]
    public void After_the_free_failures_each_attempt_waits_twice_as_long_and_never_locks_for_good()
    {
        var throttle = Throttle();
        for (var i = 0; i < 4; i++) throttle.Failed("an@x.vn", "10.0.0.1");
        throttle.WaitFor("an@x.vn", "10.0.0.1").ShouldBeNull();

        throttle.Failed("an@x.vn", "10.0.0.1"); // 5th: wait 1 s
        throttle.WaitFor("AN@x.vn ", "10.0.0.2").ShouldBe(TimeSpan.FromSeconds(1)); // the name as typed, any case, any address
        _clock.Now = _clock.Now.AddSeconds(1);
        throttle.WaitFor("an@x.vn", "10.0.0.1").ShouldBeNull();

        throttle.Failed("an@x.vn", "10.0.0.1"); // 6th: 2 s, 7th: 4 s
        throttle.WaitFor("an@x.vn", null).ShouldBe(TimeSpan.FromSeconds(2));
        throttle.Failed("an@x.vn", "10.0.0.1");
        throttle.WaitFor("an@x.vn", null).ShouldBe(TimeSpan.FromSeconds(4));

        for (var i = 0; i < 30; i++) throttle.Failed("an@x.vn", "10.0.0.1");
        throttle.WaitFor("an@x.vn", null).ShouldBe(TimeSpan.FromSeconds(900)); // capped

        throttle.WaitFor("someone.else@x.vn", "10.0.0.9").ShouldBeNull();
        throttle.Succeeded("an@x.vn");
        throttle.WaitFor("an@x.vn", "10.0.0.9").ShouldBeNull();
    }

    [Fact]
    public void Many_account_names_from_one_address_slow_that_address()
    {
        var throttle = Throttle(perAddress: 3);
        throttle.Failed("a@x.vn", "10.0.0.7");
        throttle.Failed("b@x.vn", "10.0.0.7");
        throttle.Failed("c@x.vn", "10.0.0.7");
        throttle.WaitFor("d@x.vn", "10.0.0.7").ShouldBe(TimeSpan.FromSeconds(1));
        throttle.WaitFor("d@x.vn", "10.0.0.8").ShouldBeNull();
    }

    [Fact]
    public void The_owner_is_alerted_once_when_failed_and_refused_attempts_add_up()
    {
        var throttle = Throttle(perAccount: 2, alert: 4);
        throttle.Failed("an@x.vn", "1.1.1.1").ShouldBeFalse();
        throttle.Failed("an@x.vn", "1.1.1.1").ShouldBeFalse(); // now waiting
        throttle.WaitFor("an@x.vn", "1.1.1.1").ShouldNotBeNull();
        throttle.ShouldAlert("an@x.vn").ShouldBeFalse();
        throttle.WaitFor("an@x.vn", "1.1.1.1").ShouldNotBeNull();
        throttle.ShouldAlert("an@x.vn").ShouldBeTrue();
        throttle.ShouldAlert("an@x.vn").ShouldBeFalse();
        throttle.Failed("an@x.vn", "1.1.1.1").ShouldBeFalse();
    }
}
