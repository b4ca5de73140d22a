using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Training;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Training area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingParticipant> TrainingParticipants => Set<TrainingParticipant>();
    public DbSet<TrainingSettings> TrainingSettings => Set<TrainingSettings>();
}
