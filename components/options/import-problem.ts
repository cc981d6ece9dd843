import type { MessageKey, Translate } from '@/lib/i18n';
import type { ImportProblem } from '@/lib/settings/settings-file';

/** What the reader reads when a settings file is refused. */
export function describeImportProblem(t: Translate, problem: ImportProblem): string {
  const reason = (() => {
    switch (problem.kind) {
      case 'not-json':
        return t('fileProblem.not-json', { detail: problem.detail });
      case 'not-object':
        return t('fileProblem.not-object');
      case 'wrong-format':
        return t('fileProblem.wrong-format', { found: problem.found });
      case 'newer-version':
        return t('fileProblem.newer-version', { found: problem.found });
      case 'bad-field': {
        const { field, index, reason: why } = problem.problem;
        const at = index === undefined ? '' : t('fieldAt', { index: index + 1 });
        return t('fileProblem.bad-field', { field, at, reason: t(`fieldReason.${why}` as MessageKey) });
      }
    }
  })();
  return t('importSettingsFailed', { reason });
}
