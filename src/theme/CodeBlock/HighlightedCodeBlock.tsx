import type {ComponentType} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import OriginalCodeBlock from '@theme-original/CodeBlock';
import type {Props} from '@theme/CodeBlock';

// The job the classic theme's client module did on every page (see src/plugins/lazyPrism).
prismIncludeLanguages(Prism);

const HighlightedCodeBlock: ComponentType<Props> = OriginalCodeBlock;
export default HighlightedCodeBlock;
