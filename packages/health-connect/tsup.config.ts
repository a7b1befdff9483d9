import { providerBuild } from '../../tsup.provider.js';

export default providerBuild;
