# Question banks, quizzes, reflections, results and certificates arrive with their issues.
