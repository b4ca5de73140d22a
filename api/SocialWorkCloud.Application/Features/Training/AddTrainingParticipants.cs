using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Training;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>
/// Adds participants to a course: staff and collaborators by id (one already listed is skipped),
/// medical staff by name or as a headcount of unnamed attendees.
/// </summary>
[RequiresPermission(Permissions.ActivitiesManage)]
public sealed record AddTrainingParticipants([property: JsonIgnore] Guid CourseId, IReadOnlyList<NewParticipant> Participants)
    : ICommand<TrainingCourseDetail>;

public sealed class AddTrainingParticipantsValidator : AbstractValidator<AddTrainingParticipants>
{
    public AddTrainingParticipantsValidator()
    {
        RuleFor(x => x.Participants).NotNull().ItemCount(1, 1000)
            .WithText("participants-count");
        RuleForEach(x => x.Participants).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.Kind).IsInEnum();
            p.RuleFor(x => x.StaffMemberId).NotEmpty().When(x => x.Kind == ParticipantKind.Staff)
                .WithText("participant-staff-required");
            p.RuleFor(x => x.CollaboratorId).NotEmpty().When(x => x.Kind == ParticipantKind.Collaborator)
                .WithText("participant-collaborator-required");
            p.RuleFor(x => x.Name).MaximumLength(200);
            p.RuleFor(x => x.Headcount).InclusiveBetween(1, 10_000);
            p.RuleFor(x => x).Must(x => !string.IsNullOrWhiteSpace(x.Name) || x.Headcount is > 0)
                .When(x => x.Kind == ParticipantKind.MedicalStaff).OverridePropertyName("name")
                .WithText("participant-name-or-headcount");
        });
    }
}

public sealed class AddTrainingParticipantsHandler(AppDbContext db, IMediator mediator) : ICommandHandler<AddTrainingParticipants, TrainingCourseDetail>
{
    public async ValueTask<TrainingCourseDetail> Handle(AddTrainingParticipants command, CancellationToken cancellationToken)
    {
        if (!await db.TrainingCourses.AnyAsync(c => c.Id == command.CourseId, cancellationToken))
        {
            throw new NotFoundException("TrainingCourse", command.CourseId);
        }
        var staffIds = command.Participants.Where(p => p.Kind == ParticipantKind.Staff).Select(p => p.StaffMemberId!.Value).Distinct().ToList();
        var collaboratorIds = command.Participants.Where(p => p.Kind == ParticipantKind.Collaborator).Select(p => p.CollaboratorId!.Value).Distinct().ToList();
        var knownStaff = await db.StaffMembers.Where(s => staffIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        var knownCollaborators = await db.Collaborators.Where(c => collaboratorIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (staffIds.Except(knownStaff).FirstOrDefault() is var s && s != Guid.Empty) throw new NotFoundException("StaffMember", s);
        if (collaboratorIds.Except(knownCollaborators).FirstOrDefault() is var c && c != Guid.Empty) throw new NotFoundException("Collaborator", c);

        var listed = await db.TrainingParticipants.Where(p => p.CourseId == command.CourseId)
            .Select(p => new { p.StaffMemberId, p.CollaboratorId }).ToListAsync(cancellationToken);
        var listedStaff = listed.Where(p => p.StaffMemberId != null).Select(p => p.StaffMemberId!.Value).ToHashSet();
        var listedCollaborators = listed.Where(p => p.CollaboratorId != null).Select(p => p.CollaboratorId!.Value).ToHashSet();
        foreach (var p in command.Participants)
        {
            var participant = p.Kind switch
            {
                ParticipantKind.Staff when listedStaff.Add(p.StaffMemberId!.Value) =>
                    new TrainingParticipant { Id = Guid.NewGuid(), CourseId = command.CourseId, Kind = p.Kind, StaffMemberId = p.StaffMemberId },
                ParticipantKind.Collaborator when listedCollaborators.Add(p.CollaboratorId!.Value) =>
                    new TrainingParticipant { Id = Guid.NewGuid(), CourseId = command.CourseId, Kind = p.Kind, CollaboratorId = p.CollaboratorId },
                ParticipantKind.MedicalStaff => new TrainingParticipant
                {
                    Id = Guid.NewGuid(), CourseId = command.CourseId, Kind = p.Kind, Name = string.IsNullOrWhiteSpace(p.Name) ? null : p.Name.Trim(),
                    Headcount = string.IsNullOrWhiteSpace(p.Name) ? p.Headcount!.Value : 1,
                },
                _ => null,
            };
            if (participant is not null) db.TrainingParticipants.Add(participant);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetTrainingCourse(command.CourseId), cancellationToken);
    }
}
