using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>What creating and editing a draft nomination share.</summary>
public interface INominationFields
{
    int Year { get; }
    NomineeKind NomineeKind { get; }
    string? NomineeName { get; }
    string? NomineeTitle { get; }
    Guid? StaffMemberId { get; }
    AwardKind AwardKind { get; }
    string? AwardText { get; }
    string Achievements { get; }
}

internal static class NominationFieldRules
{
    public static void AddNominationRules<T>(this AbstractValidator<T> v, TimeProvider clock) where T : INominationFields
    {
        v.RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        v.RuleFor(x => x.Year).Must(y => y >= 2000 && y <= VietnamClock.Today(clock).Year + 1)
            .WithText("nomination-year-range");
        v.RuleFor(x => x.NomineeKind).IsInEnum();
        v.RuleFor(x => x.NomineeName).NotEmpty().When(x => x.StaffMemberId is null)
            .WithText("nominee-name-required");
        v.RuleFor(x => x.NomineeName).MaximumLength(200);
        v.RuleFor(x => x.NomineeTitle).MaximumLength(200);
        v.RuleFor(x => x.StaffMemberId).Null().When(x => x.NomineeKind == NomineeKind.Unit)
            .WithText("unit-names-no-staff");
        v.RuleFor(x => x.AwardKind).IsInEnum();
        v.RuleFor(x => x.AwardText).NotEmpty().When(x => x.AwardKind == AwardKind.Other)
            .WithText("award-text-required");
        v.RuleFor(x => x.AwardText).MaximumLength(300);
        v.RuleFor(x => x.Achievements).NotEmpty().WithText("achievements-required").MaximumLength(8000);
    }

    /// <summary>The details to write; a staff member named by id must be the facility's own (the tenant filter) and the name then comes from the register.</summary>
    public static async Task<NominationDetails> ToDetailsAsync(this INominationFields f, AppDbContext db, CancellationToken ct)
    {
        var name = f.NomineeName ?? string.Empty;
        if (f.StaffMemberId is { } staffId)
        {
            name = await db.StaffMembers.Where(s => s.Id == staffId).Select(s => s.FullName).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException("StaffMember", staffId);
        }
        return new NominationDetails(f.Year, f.NomineeKind, name, f.NomineeTitle, f.StaffMemberId, f.AwardKind, f.AwardText, f.Achievements);
    }
}
