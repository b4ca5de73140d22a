using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>Texts of training courses and participants.</summary>
public sealed class TrainingTexts : TextResource;
