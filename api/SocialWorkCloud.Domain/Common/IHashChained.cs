namespace SocialWorkCloud.Domain.Common;

/// <summary>
/// An append-only row sealed into a hash chain: its <see cref="Hash"/> is the SHA-256 of the previous row's
/// hash and of its own canonical content, so an edit or a deletion behind the application's back breaks the
/// chain at that row. Position and hashes are set when the row is saved, never by the caller.
/// </summary>
public interface IHashChained : IAppendOnly
{
    /// <summary>1 for the chain's first row, then one more per row, without gaps.</summary>
    long ChainPosition { get; set; }
    /// <summary>The previous row's <see cref="Hash"/> (64 zeros for the first row), lower-case hex.</summary>
    string PreviousHash { get; set; }
    /// <summary>SHA-256 of <see cref="PreviousHash"/> and the canonical content, lower-case hex.</summary>
    string Hash { get; set; }
}
