from .banks import Choice, Difficulty, Question, QuestionBank, QuestionKind
from .quizzes import Attempt, AttemptState, Quiz, QuizWindow, ScoringRule
from .reflections import Reflection, ReflectionAssignment, ReflectionState, RubricCriterion
from .results import AssessmentMode, Band, CompletionPolicy, Result

__all__ = [
    "AssessmentMode",
    "Attempt",
    "AttemptState",
    "Band",
    "Choice",
    "CompletionPolicy",
    "Difficulty",
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
