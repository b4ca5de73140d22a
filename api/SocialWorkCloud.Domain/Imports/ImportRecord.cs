using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Imports;

public enum ImportKind
{
    Facilities = 1,
    Clients = 2,
    /// <summary>Staff of the social-work unit with their practice certificates.</summary>
    Staff = 3,
    Departments = 4,
    Collaborators = 5,
    Donors = 6,
    /// <summary>User accounts, each invited by e-mail.</summary>
    Users = 7,
}

/// <summary>
/// One committed spreadsheet import: who, when, which file, what kind, and what it changed. A refused or
/// checked-only upload leaves no record (nothing is written by a refused import).
/// </summary>
[GlobalEntity("A facilities import belongs to a province, a clients import to a facility; listed through purpose-written scoping on ProvinceId/FacilityId.")]
public class ImportRecord
{
    public Guid Id { get; set; }
    public ImportKind Kind { get; set; }
    public required string FileName { get; set; }
    public Guid? ProvinceId { get; set; }
    public Guid? FacilityId { get; set; }
    public Guid? ImportedBy { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    /// <summary>Data rows in the file.</summary>
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    /// <summary>Rows that matched a record as it already was (a second import of the same file counts all of them here).</summary>
    public int Unchanged { get; set; }
}
