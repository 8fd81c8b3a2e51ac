from .banks import Choice, Difficulty, Question, QuestionBank, QuestionKind
from .certificates import BatchState, Certificate, CertificateCounter, CertificateStatus, IssuanceBatch
from .quizzes import Attempt, AttemptState, Quiz, QuizWindow, ScoringRule
from .reflections import Reflection, ReflectionAssignment, ReflectionState, RubricCriterion
from .results import AssessmentMode, Band, CompletionPolicy, PolicyChange, Result
from .targets import MAX_TARGET, TARGET_MEASURES, TargetMeasure, YearTarget

__all__ = [
    "MAX_TARGET",
    "TARGET_MEASURES",
    "TargetMeasure",
    "YearTarget",
    "BatchState",
    "Certificate",
    "CertificateCounter",
    "CertificateStatus",
    "IssuanceBatch",
    "AssessmentMode",
    "Attempt",
    "AttemptState",
    "Band",
    "Choice",
    "CompletionPolicy",
    "Difficulty",
    "PolicyChange",
    "Question",
    "QuestionBank",
    "QuestionKind",
    "Quiz",
    "QuizWindow",
    "Reflection",
    "ReflectionAssignment",
    "ReflectionState",
    "Result",
    "RubricCriterion",
    "ScoringRule",
]
