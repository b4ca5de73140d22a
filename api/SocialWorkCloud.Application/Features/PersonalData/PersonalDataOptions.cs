namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>
/// appsettings "PersonalData": how long the facility has to answer a data subject's request. The seeds
/// do not state the law's exact deadline, so it is a setting (README, security section) with a short default.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string Section = "PersonalData";

    /// <summary>Days from receipt to the due date of a data-subject request (default 15).</summary>
    public int RequestDeadlineDays { get; set; } = 15;
}

/// <summary>
/// appsettings "Retention": how long each kind of record is kept before the monthly job lists it for the unit
/// head's review (nothing is deleted automatically). Years, counted from the date each kind names.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A closed case with its notes, services and assessments, from its closing (default 10 years).</summary>
    public int ClosedCaseYears { get; set; } = 10;
    /// <summary>A counselling session not on a case, from the day it was held (default 5 years).</summary>
    public int CounsellingSessionYears { get; set; } = 5;
    /// <summary>A client with nothing recorded for this long, from registration (default 5 years).</summary>
    public int InactiveClientYears { get; set; } = 5;
    /// <summary>A withdrawn consent record, from the withdrawal (default 5 years).</summary>
    public int WithdrawnConsentYears { get; set; } = 5;
    /// <summary>Cron of the monthly retention review, in Vietnam time (default 02:00 on the 1st).</summary>
    public string Cron { get; set; } = "0 2 1 * *";
}
