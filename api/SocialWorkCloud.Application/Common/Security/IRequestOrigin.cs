namespace SocialWorkCloud.Application.Common.Security;

/// <summary>Where the current request came from (the client's IP address), for records that say who, when and from where.</summary>
public interface IRequestOrigin
{
    string? Address { get; }
}
