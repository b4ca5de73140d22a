// VietnamClock (today's date in Vietnam) lives in the domain's Common namespace; every layer uses it.
global using VietnamClock = SocialWorkCloud.Domain.Common.VietnamClock;
