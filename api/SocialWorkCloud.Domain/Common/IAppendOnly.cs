namespace SocialWorkCloud.Domain.Common;

/// <summary>Rows that are never updated or deleted once written; corrections are new rows.</summary>
public interface IAppendOnly;
