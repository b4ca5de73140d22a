import type { Schemas } from '@/lib/api/client';

export const stages: Schemas['CaseStage'][] = ['Intake', 'Assessment', 'Planning', 'Implementation', 'Monitoring', 'Closed'];
export const priorities: Schemas['CasePriority'][] = ['Low', 'Normal', 'High', 'Urgent'];
export const riskLevels: Schemas['RiskLevel'][] = ['Low', 'Medium', 'High'];
export const intakeSources: Schemas['IntakeSource'][] = ['Self', 'ClinicalDepartment', 'Police', 'Commune', 'Hotline', 'AnotherFacility'];
export const urgentNeeds: Schemas['UrgentNeed'][] = ['Medical', 'Money', 'Food', 'Clothing', 'Shelter', 'TransportHome'];
export const closureReasons: Schemas['ClosureReason'][] = ['GoalsAchieved', 'ReferredOn', 'Discharged', 'ClientDeclined', 'LostContact', 'Deceased', 'Other'];
export const serviceTypes: Schemas['ServiceType'][] = [
  'EmergencySupport', 'PsychosocialSupportAndCounselling', 'FinancialSupport', 'Meals', 'Transport', 'AssistiveDevices', 'LegalAid',
  'AdministrativeProcedures', 'EducationOrVocationalSupport', 'Referral',
];
