using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Api.Seeding;

/// <summary>
/// The daily activities and workforce of the demo: the flagship hospital as the seed report tells it
/// (60,000+ contacts a year, 100+ communication pieces in five years, free meals twice a month, gifts
/// for 386 child patients, a head and six staff), and lighter figures for other facilities so that the
/// province's view has something to compare. Each facility's rows are written inside its tenant.
/// </summary>
public static class ActivitiesDemoData
{

    public static async Task SeedAsync(AppDbContext db, TenantScope tenant, IReadOnlyList<Facility> facilities, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(110);
        var today = VietnamClock.DateOf(now);
        var hospitals = facilities.Where(f => f.Type == FacilityType.PublicHospital).ToList();
        using (tenant.Enter(hospitals[0].Id))
        {
            Flagship(db, random, today, now);
            await db.SaveChangesAsync(ct);
        }
        foreach (var facility in hospitals.Skip(1).Take(8).Append(facilities.First(f => f.Type == FacilityType.ProvincialCdc))
                     .Append(facilities.First(f => f.Type == FacilityType.CommuneHealthStation)))
        {
            using var _ = tenant.Enter(facility.Id);
            Lighter(db, random, facility, today, now);
            await db.SaveChangesAsync(ct);
        }
    }

    private static void Flagship(AppDbContext db, Random random, DateOnly today, DateTimeOffset now)
    {
        var points = new[] { "Sảnh Khoa Khám bệnh", "Quầy hướng dẫn tầng 1", "Khoa Cấp cứu" }
            .Select(name => new ReceptionPoint { Id = Guid.NewGuid(), Name = name, CreatedAt = now }).ToList();
        db.ReceptionPoints.AddRange(points);
        // About 165 contacts a working day, pushed once a day per point and kind by the hospital information system.
        for (var day = new DateOnly(today.Year - 1, 1, 1); day < today; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            foreach (var (point, weight) in points.Zip(new[] { 6, 3, 2 }))
            {
                foreach (var kind in Enum.GetValues<ContactKind>())
                {
                    var share = kind switch { ContactKind.Guidance => 5, ContactKind.Information => 3, ContactKind.AdministrativeHelp => 2, _ => 1 };
                    var count = random.Next(0, weight * share * (weekend ? 2 : 7) / 2 + 2);
                    if (count > 0) db.ReceptionTallies.Add(Tally(point.Id, kind, day, count, now));
                }
            }
        }

        var departments = new[] { "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp", "Khoa Nhi", "Khoa Sản", "Khoa Hồi sức tích cực (HSCC)", "Khoa Ung bướu",
                "Khoa Tim mạch", "Khoa Thần kinh", "Khoa Cấp cứu", "Khoa Truyền nhiễm" }
            .Select(name => new Department { Id = Guid.NewGuid(), Name = name, Kind = DepartmentKind.Clinical, CreatedAt = now })
            .Append(new Department { Id = Guid.NewGuid(), Name = "Phòng Công tác xã hội", Kind = DepartmentKind.NonClinical, CreatedAt = now })
            .ToList();
        db.Departments.AddRange(departments);
        var collaborators = new[] { "Đỗ Văn Nam", "Phạm Thị Hoa", "Nguyễn Văn Tuấn", "Lê Thị Thu", "Hoàng Minh Đức", "Vũ Thị Hạnh", "Trịnh Thị Mến", "Bùi Quang Huy" }
            .Select((name, i) => new Collaborator
            {
                Id = Guid.NewGuid(), FullName = name, DepartmentId = departments[i % 7].Id, JoinedOn = new DateOnly(2022 + i % 3, 3, 1), CreatedAt = now,
            }).ToList();
        db.Collaborators.AddRange(collaborators);

        var unit = departments[^1].Id;
        StaffMember Staff(string name, StaffRole role, QualificationMajor major, QualificationLevel level, int joined) => new()
        {
            Id = Guid.NewGuid(), FullName = name, SearchName = VietnameseText.Fold(name), Role = role, DepartmentId = unit,
            EmploymentType = role == StaffRole.PartTime ? EmploymentType.Secondment : EmploymentType.Permanent, QualificationLevel = level,
            QualificationMajor = major, JoinedOn = new DateOnly(joined, 6, 1), CreatedAt = now,
        };
        var staff = new List<StaffMember>
        {
            Staff("Lê Văn Minh", StaffRole.Head, QualificationMajor.SocialWork, QualificationLevel.Master, 2017),
            Staff("Trần Thị Lan", StaffRole.SocialWorker, QualificationMajor.SocialWork, QualificationLevel.Bachelor, 2017),
            Staff("Nguyễn Thị Phương", StaffRole.SocialWorker, QualificationMajor.Psychology, QualificationLevel.Bachelor, 2018),
            Staff("Phạm Văn Long", StaffRole.SocialWorker, QualificationMajor.Sociology, QualificationLevel.Bachelor, 2019),
            Staff("Đặng Thị Ngọc", StaffRole.SocialWorker, QualificationMajor.SocialWork, QualificationLevel.College, 2021),
            Staff("Mai Thị Hương", StaffRole.PartTime, QualificationMajor.Other, QualificationLevel.Bachelor, 2022),
            Staff("Cao Văn Sơn", StaffRole.SocialWorker, QualificationMajor.SpecialEducation, QualificationLevel.Bachelor, 2025),
        };
        staff[6].PracticeHostFacility = "Bệnh viện Nhi Trung ương";
        staff[6].PracticeFrom = new DateOnly(2025, 9, 1);
        staff[6].PracticeTo = new DateOnly(2025, 11, 30);
        staff[6].PracticeSupervisor = "ThS. Nguyễn Thu Hà";
        staff[6].PracticeResult = PracticeResult.Passed;
        db.StaffMembers.AddRange(staff);
        PracticeCertificate Certificate(StaffMember s, string number, DateOnly issued, DateOnly? expires) => new()
        {
            Id = Guid.NewGuid(), StaffMemberId = s.Id, Number = number, Issuer = "Sở Y tế Thanh Hóa", IssuedOn = issued, ExpiresOn = expires, CreatedAt = now,
        };
        db.PracticeCertificates.AddRange(
            Certificate(staff[0], "001/CCHN-CTXH", new DateOnly(2025, 4, 10), null),
            Certificate(staff[1], "002/CCHN-CTXH", new DateOnly(2025, 4, 10), null),
            Certificate(staff[2], "017/CCHN-CTXH", new DateOnly(2022, 1, 20), today.AddDays(40)));

        var year = today.Year;
        var courses = new (string Title, string Organiser, TrainingType Type, DateOnly Start, decimal Hours, int Medical)[]
        {
            ("Kỹ năng giao tiếp và ứng xử với người bệnh", "Sở Y tế Thanh Hóa", TrainingType.Course, new DateOnly(year - 1, 3, 12), 16, 180),
            ("Hỗ trợ tâm lý cho người bệnh và người nhà", "Bệnh viện Đa khoa tỉnh", TrainingType.Workshop, new DateOnly(year - 1, 9, 20), 8, 240),
            ("Quản lý trường hợp trong bệnh viện", "Bộ Y tế", TrainingType.Course, new DateOnly(year, 4, 8), 24, 0),
            ("Tham quan mô hình CTXH Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai", TrainingType.StudyVisit, new DateOnly(year, 6, 15), 12, 0),
            ("Giao tiếp và hỗ trợ tâm lý (đợt 2)", "Sở Y tế Thanh Hóa", TrainingType.Course, new DateOnly(year, 8, 5), 16, 320),
        };
        foreach (var (title, organiser, type, start, hours, medical) in courses)
        {
            var course = new TrainingCourse
            {
                Id = Guid.NewGuid(), Title = title, Organiser = organiser, Type = type, StartsOn = start, EndsOn = start.AddDays(hours > 12 ? 1 : 0),
                Hours = hours, CreatedAt = now,
            };
            db.TrainingCourses.Add(course);
            foreach (var s in staff.Where((_, i) => (i + start.Month) % 3 != 0))
            {
                db.TrainingParticipants.Add(new TrainingParticipant { Id = Guid.NewGuid(), CourseId = course.Id, Kind = ParticipantKind.Staff, StaffMemberId = s.Id });
            }
            foreach (var c in collaborators.Take(4))
            {
                db.TrainingParticipants.Add(new TrainingParticipant { Id = Guid.NewGuid(), CourseId = course.Id, Kind = ParticipantKind.Collaborator, CollaboratorId = c.Id });
            }
            if (medical > 0)
            {
                db.TrainingParticipants.Add(new TrainingParticipant { Id = Guid.NewGuid(), CourseId = course.Id, Kind = ParticipantKind.MedicalStaff, Headcount = medical });
            }
        }

        // 100+ pieces in five years, across the channels the report names.
        string[] topics = ["Quyền và nghĩa vụ người bệnh", "Phòng chống sốt xuất huyết", "Hiến máu tình nguyện", "Thủ tục bảo hiểm y tế", "Chăm sóc người cao tuổi"];
        for (var i = 0; i < 110; i++)
        {
            var date = today.AddDays(-random.Next(1, 5 * 365));
            var channel = (CommunicationChannel)(1 + i % 5);
            db.CommunicationItems.Add(new CommunicationItem
            {
                Id = Guid.NewGuid(), Channel = channel, Title = $"{ChannelTitle(channel)}: {topics[i % topics.Length]}", Date = date, Topic = topics[i % topics.Length],
                AudienceReached = channel switch { CommunicationChannel.Loudspeaker => 500, CommunicationChannel.SocialNetworkPost => 1200 + random.Next(3000), _ => 40 + random.Next(200) },
                Link = channel is CommunicationChannel.WebsiteArticle or CommunicationChannel.SocialNetworkPost ? $"https://bvdktinh.example.vn/tin-tuc/{i + 1}" : null,
                CreatedAt = now,
            });
        }

        var meals = new CharitySchedule
        {
            Id = Guid.NewGuid(), Kind = CharityKind.FreeMeals, Title = "Bữa cơm miễn phí cho người bệnh khó khăn", Place = "Nhà ăn bệnh viện",
            Partner = "Câu lạc bộ Thiện nguyện Hạc Thành", DaysOfMonth = "1,15", StartsOn = new DateOnly(year - 1, 1, 1), CreatedAt = now,
        };
        var porridge = new CharitySchedule
        {
            Id = Guid.NewGuid(), Kind = CharityKind.PorridgeAndMilk, Title = "Cháo và sữa miễn phí", Place = "Sảnh Khoa Nhi", Partner = "Nhóm Bếp yêu thương",
            Weekday = DayOfWeek.Wednesday, StartsOn = new DateOnly(year, 1, 1), CreatedAt = now,
        };
        var haircuts = new CharitySchedule
        {
            Id = Guid.NewGuid(), Kind = CharityKind.FreeHaircuts, Title = "Cắt tóc miễn phí cho bệnh nhân nội trú", Place = "Các khoa nội trú",
            Partner = "Đoàn Thanh niên bệnh viện", DaysOfMonth = "20", StartsOn = new DateOnly(year - 1, 6, 1), CreatedAt = now,
        };
        db.CharitySchedules.AddRange(meals, porridge, haircuts);
        // Confirmed up to three weeks ago; the most recent ones wait for the unit to confirm them.
        foreach (var schedule in new[] { meals, porridge, haircuts })
        {
            foreach (var date in schedule.OccurrencesBetween(schedule.StartsOn, today.AddDays(-21)))
            {
                var beneficiaries = schedule.Kind == CharityKind.FreeMeals ? 100 + random.Next(60) : 30 + random.Next(30);
                db.CharityActivities.Add(new CharityActivity
                {
                    Id = Guid.NewGuid(), Kind = schedule.Kind, Title = schedule.Title, Date = date, Place = schedule.Place, Partner = schedule.Partner,
                    BeneficiaryCount = beneficiaries, ValueVnd = beneficiaries * (schedule.Kind == CharityKind.FreeHaircuts ? 0 : 35_000), ScheduleId = schedule.Id,
                    CreatedAt = now,
                });
            }
        }
        db.CharityActivities.AddRange(
            OneOff(CharityKind.GiftsChildrensDay, "Quà Tết Thiếu nhi 1/6 cho bệnh nhi", new DateOnly(year - 1, 6, 1), "Khoa Nhi", "Hội Chữ thập đỏ tỉnh", 386, 77_200_000, now),
            OneOff(CharityKind.GiftsMidAutumn, "Trung thu cho bệnh nhi", new DateOnly(year - 1, 10, 6), "Khoa Nhi", "Công ty Điện lực Thanh Hóa", 210, 31_500_000, now),
            OneOff(CharityKind.HumanitarianExamination, "Khám bệnh, cấp thuốc nhân đạo", new DateOnly(year, 3, 22), "Xã Thành Sơn, huyện Bá Thước", "Bệnh viện và UBND xã", 420, 84_000_000, now),
            OneOff(CharityKind.CulturalActivity, "Văn nghệ cho người bệnh dịp Tết", new DateOnly(year, 1, 25), "Hội trường bệnh viện", null, 150, 0, now),
            OneOff(CharityKind.GiftsChildrensDay, "Quà Tết Thiếu nhi 1/6 cho bệnh nhi", new DateOnly(year, 6, 1), "Khoa Nhi", "Hội Chữ thập đỏ tỉnh", 402, 80_400_000, now));
    }

    private static void Lighter(AppDbContext db, Random random, Facility facility, DateOnly today, DateTimeOffset now)
    {
        var point = new ReceptionPoint { Id = Guid.NewGuid(), Name = "Quầy hướng dẫn", CreatedAt = now };
        db.ReceptionPoints.Add(point);
        for (var week = new DateOnly(today.Year, 1, 5); week < today; week = week.AddDays(7))
        {
            foreach (var kind in Enum.GetValues<ContactKind>())
            {
                db.ReceptionTallies.Add(Tally(point.Id, kind, week, 5 + random.Next(facility.MedicalStaffCount / 4 + 10), now));
            }
        }
        for (var i = 0; i < 3 + random.Next(12); i++)
        {
            var channel = (CommunicationChannel)(1 + random.Next(5));
            db.CommunicationItems.Add(new CommunicationItem
            {
                Id = Guid.NewGuid(), Channel = channel, Title = $"{ChannelTitle(channel)} số {i + 1}", Date = today.AddDays(-random.Next(1, 300)),
                AudienceReached = 50 + random.Next(500), CreatedAt = now,
            });
        }
        for (var i = 0; i < 1 + random.Next(5); i++)
        {
            db.CharityActivities.Add(OneOff(CharityKind.FreeMeals, "Bữa ăn miễn phí", today.AddDays(-random.Next(1, 300)), null, "Nhà hảo tâm", 20 + random.Next(80),
                (20 + random.Next(80)) * 30_000L, now));
        }
        var staffCount = 1 + random.Next(4);
        for (var i = 0; i < staffCount; i++)
        {
            var name = $"Nhân viên CTXH {i + 1}";
            var member = new StaffMember
            {
                Id = Guid.NewGuid(), FullName = name, SearchName = VietnameseText.Fold(name), Role = i == 0 ? StaffRole.Head : StaffRole.PartTime,
                EmploymentType = EmploymentType.Permanent, QualificationLevel = QualificationLevel.Bachelor, QualificationMajor = (QualificationMajor)(1 + i % 5),
                CreatedAt = now,
            };
            db.StaffMembers.Add(member);
            if (random.Next(3) == 0)
            {
                db.PracticeCertificates.Add(new PracticeCertificate
                {
                    Id = Guid.NewGuid(), StaffMemberId = member.Id, Number = $"{facility.Code}-{i + 1}/CCHN", Issuer = "Sở Y tế Thanh Hóa",
                    IssuedOn = new DateOnly(2025, 5, 1), CreatedAt = now,
                });
            }
        }
        var course = new TrainingCourse
        {
            Id = Guid.NewGuid(), Title = "Tập huấn giao tiếp cho nhân viên y tế", Organiser = "Sở Y tế Thanh Hóa", Type = TrainingType.Course,
            StartsOn = new DateOnly(today.Year, 5, 10), EndsOn = new DateOnly(today.Year, 5, 11), Hours = 16, CreatedAt = now,
        };
        db.TrainingCourses.Add(course);
        db.TrainingParticipants.Add(new TrainingParticipant
        {
            Id = Guid.NewGuid(), CourseId = course.Id, Kind = ParticipantKind.MedicalStaff, Headcount = facility.MedicalStaffCount * random.Next(10, 90) / 100,
        });
    }

    private static ReceptionTally Tally(Guid point, ContactKind kind, DateOnly day, int count, DateTimeOffset now) => new()
    {
        ClientEntryId = Guid.NewGuid(), PointId = point, Kind = kind, Count = count, Date = day,
        OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), VietnamClock.Offset).ToUniversalTime(), Source = TallySource.HospitalSystem, ReceivedAt = now,
    };

    private static CharityActivity OneOff(CharityKind kind, string title, DateOnly date, string? place, string? partner, int beneficiaries, long value, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), Kind = kind, Title = title, Date = date, Place = place, Partner = partner, BeneficiaryCount = beneficiaries, ValueVnd = value,
        CreatedAt = now,
    };

    private static string ChannelTitle(CommunicationChannel channel) => channel switch
    {
        CommunicationChannel.Loudspeaker => "Phát thanh",
        CommunicationChannel.WebsiteArticle => "Bài viết website",
        CommunicationChannel.SocialNetworkPost => "Bài đăng Facebook",
        CommunicationChannel.DirectSession => "Truyền thông trực tiếp",
        _ => "Tờ rơi",
    };
}
