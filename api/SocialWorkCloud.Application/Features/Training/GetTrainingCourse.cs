using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>A course with its participants.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record GetTrainingCourse(Guid CourseId) : IQuery<TrainingCourseDetail>;

public sealed class GetTrainingCourseHandler(AppDbContext db) : IQueryHandler<GetTrainingCourse, TrainingCourseDetail>
{
    public async ValueTask<TrainingCourseDetail> Handle(GetTrainingCourse query, CancellationToken cancellationToken)
    {
        var course = await ListTrainingCoursesHandler.Project(db, db.TrainingCourses.AsNoTracking().Where(c => c.Id == query.CourseId))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("TrainingCourse", query.CourseId);
        var participants = await db.TrainingParticipants.AsNoTracking().Where(p => p.CourseId == query.CourseId)
            .OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new TrainingParticipantDto(p.Id, p.Kind, p.StaffMemberId, p.CollaboratorId,
                p.Name ?? db.StaffMembers.Where(s => s.Id == p.StaffMemberId).Select(s => s.FullName).FirstOrDefault()
                    ?? db.Collaborators.Where(c => c.Id == p.CollaboratorId).Select(c => c.FullName).FirstOrDefault(),
                p.Headcount))
            .ToListAsync(cancellationToken);
        return new TrainingCourseDetail(course, participants);
    }
}
